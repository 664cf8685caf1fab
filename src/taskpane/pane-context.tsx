/**
 * What every view shares: the services (Office.js or browser behind one interface), the roster the
 * user loaded once for all generators, and form memory so a form keeps its input across views.
 */
import * as React from "react";
import type { Rep } from "../schemas/roster";
import type { InputIssue } from "../schemas/errors";
import type { PaneServices } from "./services";

export interface RosterState {
  /** Where it came from, as shown to the user: a file name, a range address, a table name. */
  readonly label: string;
  readonly reps: readonly Rep[];
  readonly issues: readonly InputIssue[];
}

export const EMPTY_ROSTER: RosterState = { label: "", reps: [], issues: [] };

export interface PaneContextValue {
  readonly services: PaneServices;
  readonly roster: RosterState;
  setRoster(roster: RosterState): void;
  /** State kept per form while the pane is open. */
  readonly memory: Map<string, unknown>;
}

const Context = React.createContext<PaneContextValue | null>(null);

export const PaneProvider = Context.Provider;

export function usePane(): PaneContextValue {
  const value = React.useContext(Context);
  if (!value) throw new Error("usePane outside PaneProvider");
  return value;
}

/** useState whose value survives the form being unmounted (switching views). */
export function useRemembered<T>(key: string, initial: () => T): [T, (next: T | ((prev: T) => T)) => void] {
  const { memory } = usePane();
  const [value, setValue] = React.useState<T>(() => (memory.has(key) ? (memory.get(key) as T) : initial()));
  const set = React.useCallback(
    (next: T | ((prev: T) => T)) =>
      setValue((prev) => {
        const v = typeof next === "function" ? (next as (p: T) => T)(prev) : next;
        memory.set(key, v);
        return v;
      }),
    [key, memory],
  );
  return [value, set];
}
