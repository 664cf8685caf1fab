/**
 * A set of workbooks made at once from the pane ({ fileName, spec }[]: a review per rep and the
 * index, a statement per rep). Each is built to .xlsx bytes by the same builder as a single
 * download (a Web Worker); then delivered as one .zip download, or, inside an Excel that has
 * Excel.createWorkbook (ExcelApi 1.8), opened one by one as new workbooks. Neither way touches the
 * open workbook, so a cancel between files leaves it as it was; a cancel only stops what is left.
 */
import { type Locale, type MessageKey, translate, translateBoth } from "../../i18n";
import { type BuildXlsx, offerWithLink } from "../download/download-writer";
import { WriteCancelled, isCancelled, throwIfCancelled } from "../cancel";
import { errorMessage } from "../error-message";
import type { FileSetWriter, FilesResult, HostNote, OutputFile } from "../services";
import { WriteFailure } from "../services";
import { bytesToBase64 } from "./base64";

export const ZIP_MIME = "application/zip";

/** The step a file set failed at, named in the reason with the file it was busy with. */
type Step = { readonly key: MessageKey; readonly file: string };

/** Why the set failed, in the pane's language: the step and file, then the error's own words. */
function failureReason(step: Step, error: unknown, locale: Locale): string {
  return translate(locale, step.key, { file: step.file, reason: errorMessage(error, locale) });
}

/** Share of the bar for building the files; the rest is packing the .zip or opening the workbooks. */
const BUILD_SHARE = 0.8;

export interface Built {
  readonly name: string;
  readonly data: Uint8Array;
}

/** The files in one .zip (JSZip loads on first use: ExcelJS already bundles it in its own chunk). */
export async function zipFiles(files: readonly Built[]): Promise<Uint8Array> {
  const { default: JSZip } = await import(/* webpackChunkName: "zip" */ "jszip");
  const zip = new JSZip();
  for (const f of files) zip.file(f.name, f.data);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** Hands the .zip to the browser; returns its object URL (kept for "download again"). */
export type OfferZip = (data: Uint8Array, name: string) => string;

export function offerZipWithLink(data: Uint8Array, name: string): string {
  const url = URL.createObjectURL(new Blob([data as BlobPart], { type: ZIP_MIME }));
  offerWithLink(url, name);
  return url;
}

/** Excel.createWorkbook: opens a new workbook from a Base64 .xlsx; answers nothing. */
export type CreateWorkbook = (base64: string) => Promise<void>;

export interface FileSetOptions {
  readonly build: BuildXlsx;
  readonly offerZip?: OfferZip;
  /** Set when this Excel can open new workbooks (ExcelApi 1.8); otherwise the files come zipped. */
  readonly createWorkbook?: CreateWorkbook | null;
  /** Said when Excel cannot open new workbooks and a .zip is offered instead. */
  readonly zipNote?: HostNote;
}

export function fileSetWriter(options: FileSetOptions): FileSetWriter {
  const offerZip = options.offerZip ?? offerZipWithLink;
  let lastUrl: string | null = null;
  return {
    async writeFiles(files: readonly OutputFile[], request): Promise<FilesResult> {
      const { signal } = request;
      const built: Built[] = [];
      const notes: HostNote[] = [];
      let opened = 0;
      let step: Step = { key: "files.buildFailed", file: files[0]?.fileName ?? request.zipName };
      try {
        throwIfCancelled(signal);
        for (const [i, file] of files.entries()) {
          step = { key: "files.buildFailed", file: file.fileName };
          request.onProgress?.((BUILD_SHARE * i) / files.length, "building");
          const out = await options.build(file.spec, signal);
          throwIfCancelled(signal);
          built.push({ name: file.fileName, data: out.data });
          for (const n of out.notes)
            notes.push({ en: `${file.fileName}: ${n.en}`, zh: `${file.fileName}:${n.zh}` });
        }
        const create = options.createWorkbook;
        if (create) {
          for (const [i, f] of built.entries()) {
            request.onProgress?.(BUILD_SHARE + ((1 - BUILD_SHARE) * i) / built.length, "opening");
            throwIfCancelled(signal);
            step = { key: "files.openFailed", file: f.name };
            await create(bytesToBase64(f.data));
            opened++;
          }
          request.onProgress?.(1, "opening");
          return { delivered: "workbooks", files: built.map((f) => f.name), notes };
        }
        step = { key: "files.zipFailed", file: request.zipName };
        request.onProgress?.(BUILD_SHARE, "packing");
        const zip = await zipFiles(built);
        throwIfCancelled(signal);
        step = { key: "files.offerFailed", file: request.zipName };
        request.onProgress?.(1, "offering");
        if (lastUrl) URL.revokeObjectURL(lastUrl);
        lastUrl = offerZip(zip, request.zipName);
        if (options.zipNote) notes.unshift(options.zipNote);
        return {
          delivered: "zip",
          files: built.map((f) => f.name),
          zip: { name: request.zipName, url: lastUrl, bytes: zip.byteLength },
          notes,
        };
      } catch (error) {
        const cancelled = isCancelled(error) || error instanceof WriteCancelled;
        // Workbooks already opened are the user's new windows: named, never closed behind their back.
        const leftOpen = built.slice(0, opened).map((f) => f.name);
        const reason = failureReason(step, error, request.locale ?? "en-US");
        throw new WriteFailure(reason, leftOpen.length === 0, leftOpen, cancelled);
      }
    },
  };
}

/** The note beside a .zip given inside an Excel without Excel.createWorkbook. */
export const NO_CREATE_WORKBOOK_NOTE: HostNote = translateBoth("files.zipInstead");
