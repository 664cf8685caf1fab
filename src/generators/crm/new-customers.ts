/**
 * New customers, decided as an export's rows are read: a customer's first won deal in the export
 * (by close date, then row); when the export has a deal type column, only new business counts.
 * Customers are told apart by their match key (case, width and spacing aside).
 */
import { matchKey, matchKeyHash, sameMatchKey } from "./text";

/** A customer, with the record of its first won deal so far. */
interface Customer {
  readonly account: string;
  first: number;
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
   * (new business) can win a customer.
   */
  constructor(
    private readonly typedBusiness: boolean,
    newWords: readonly string[],
  ) {
    this.newWords = new Set(newWords.map(matchKey));
  }

  /** A won deal, record `i`: the customer's first one so far when none earlier was seen. */
  won(i: number, account: string, dealType: string, close: number, closeDates: Float64Array): void {
    if (account === "" || (this.typedBusiness && !this.isNewBusiness(dealType))) return;
    const customer = this.customerOf(account);
    const other = customer.first;
    // Rows come in order: a later row wins only with an earlier close date (a blank one is latest).
    if (other < 0 || (close === close && !(closeDates[other] <= close))) customer.first = i;
  }

  /** Marks each customer's first won deal in `flags` (the records' new-customer column). */
  mark(flags: Uint8Array): void {
    for (const head of this.customers.values()) {
      for (let c: Customer | undefined = head; c; c = c.next) flags[c.first] = 1;
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
    const customer: Customer = { account, first: -1, next: head };
    this.customers.set(hash, customer);
    return customer;
  }
}
