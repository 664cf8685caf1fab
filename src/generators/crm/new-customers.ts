/**
 * New customers, decided as an export's rows are read: a customer's first won deal in the export
 * (by close date, then row); when the export has a deal type column, only new business counts.
 * Customers are told apart by their match key (case, width and spacing aside). In a split report
 * (one row per owner of a deal, each carrying the whole deal) every owner's row of that first deal
 * is marked: a rep's counts take a split deal whole, and the KPI sheet's team and all-owner rows
 * count the marks by share, so the customer is still one there.
 */
import { matchKey, matchKeyHash, sameMatchKey } from "./text";

/** A customer, with the record of its first won deal so far. */
interface Customer {
  readonly account: string;
  first: number;
  /** The customer's won rows (split reports only): the other owners' rows of its first deal are among them. */
  readonly rows: number[];
  /** Another customer whose key has the same hash. */
  next: Customer | undefined;
}

export class NewCustomers {
  /** Customers by the hash of their key; the few that share a hash are told apart by sameMatchKey. */
  private readonly customers = new Map<number, Customer>();
  private readonly newBusiness = new Map<string, boolean>();
  private readonly newWords: Set<string>;

  /**
   * `typedBusiness`: the export has a deal type column, so only deals typed as one of `newWords`
   * (new business) can win a customer. `split`: the export has a credit share column (a split
   * report), whose rows of one deal (same deal name and close date) all win its customer.
   */
  constructor(
    private readonly typedBusiness: boolean,
    newWords: readonly string[],
    private readonly split = false,
  ) {
    this.newWords = new Set(newWords.map(matchKey));
  }

  /** A won deal, record `i`: the customer's first one so far when none earlier was seen. */
  won(i: number, account: string, dealType: string, close: number, closeDates: Float64Array): void {
    if (account === "" || (this.typedBusiness && !this.isNewBusiness(dealType))) return;
    const customer = this.customerOf(account);
    if (this.split) customer.rows.push(i);
    const other = customer.first;
    // Rows come in order: a later row wins only with an earlier close date (a blank one is latest).
    if (other < 0 || (close === close && !(closeDates[other] <= close))) customer.first = i;
  }

  /**
   * Marks each customer's first won deal in `flags` (the records' new-customer column); in a split
   * report, every other row `sameDeal` finds to be that deal (another owner's row of it).
   */
  mark(flags: Uint8Array, sameDeal?: (row: number, first: number) => boolean): void {
    for (const head of this.customers.values()) {
      for (let c: Customer | undefined = head; c; c = c.next) {
        flags[c.first] = 1;
        if (sameDeal) for (const i of c.rows) if (i !== c.first && sameDeal(i, c.first)) flags[i] = 1;
      }
    }
  }

  private isNewBusiness(type: string): boolean {
    let yes = this.newBusiness.get(type);
    if (yes === undefined) this.newBusiness.set(type, (yes = this.newWords.has(matchKey(type))));
    return yes;
  }

  private customerOf(account: string): Customer {
    const hash = matchKeyHash(account);
    const head = this.customers.get(hash);
    for (let c = head; c; c = c.next) if (sameMatchKey(c.account, account)) return c;
    const customer: Customer = { account, first: -1, rows: [], next: head };
    this.customers.set(hash, customer);
    return customer;
  }
}
