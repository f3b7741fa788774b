// How many items of a long list a panel shows: a page at first, a page more per "show more",
// starting over when the list itself changes (a filter change, a new sort). At national scale
// the table, the sources and the quality panel each had thousands of reports to lay out at
// once (seconds of DOM work, and quotes read for all of them); nobody reads them at once.

export class ShownCount<T> {
  #expanded = $state.raw<{ of: T; count: number } | null>(null);

  constructor(
    readonly pageSize: number,
    /** The list being paged; compared by identity. */
    private readonly list: () => T,
  ) {}

  get count(): number {
    const expanded = this.#expanded;
    return expanded && expanded.of === this.list() ? expanded.count : this.pageSize;
  }

  /** The next page, for the list as it is now. */
  more(): void {
    this.#expanded = { of: this.list(), count: this.count + this.pageSize };
  }
}
