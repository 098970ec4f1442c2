/** A fixed-capacity FIFO: once full, each push evicts the oldest item and counts it in `dropped`. */
export class Ring<T> {
  private items: T[] = [];
  private start = 0;
  /** Items evicted since the last clear(). */
  dropped = 0;

  constructor(readonly capacity: number) {}

  get length(): number {
    return this.items.length;
  }

  push(item: T): void {
    if (this.items.length < this.capacity) {
      this.items.push(item);
      return;
    }
    this.items[this.start] = item;
    this.start = (this.start + 1) % this.capacity;
    this.dropped++;
  }

  /** Oldest first. */
  toArray(): T[] {
    return this.start === 0 ? [...this.items] : [...this.items.slice(this.start), ...this.items.slice(0, this.start)];
  }

  clear(): void {
    this.items = [];
    this.start = 0;
    this.dropped = 0;
  }
}
