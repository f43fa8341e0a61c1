/**
 * A list of strings kept as UTF-8 bytes in one growing buffer with their end offsets: a
 * workbook's shared strings (every distinct text of the file) in a fraction of the memory of an
 * array of strings.
 */
export class CompactStringList {
  private bytes: Buffer<ArrayBuffer> = Buffer.alloc(64 * 1024);
  private ends = new Uint32Array(1024);
  private used = 0;
  length = 0;

  push(text: string): void {
    const needed = this.used + Buffer.byteLength(text, 'utf8');
    if (needed > this.bytes.length) {
      const next = Buffer.alloc(Math.max(needed, this.bytes.length * 2));
      this.bytes.copy(next, 0, 0, this.used);
      this.bytes = next;
    }
    if (this.length === this.ends.length) {
      const next = new Uint32Array(this.ends.length * 2);
      next.set(this.ends);
      this.ends = next;
    }
    this.used += this.bytes.write(text, this.used, 'utf8');
    this.ends[this.length] = this.used;
    this.length += 1;
  }

  get(index: number): string | undefined {
    if (!Number.isInteger(index) || index < 0 || index >= this.length) return undefined;
    const start = index === 0 ? 0 : (this.ends[index - 1] ?? 0);
    return this.bytes.toString('utf8', start, this.ends[index]);
  }
}
