/**
 * A set of strings kept as UTF-8 bytes in one growing buffer with an open-addressing table of
 * offsets: about a third of the memory of a `Set<string>` for millions of short strings (the
 * household numbers and ID-number hashes an import must remember across the whole file).
 * Exact: lookups compare the bytes, never just a hash. Each slot also keeps its string's hash, so
 * a probe past another string compares bytes only when the hashes are equal (ID-number hashes all
 * have one length, and comparing their bytes at every probe took most of the lookups' time).
 */
export class CompactStringSet {
  private slots = new Uint32Array(1024);
  private hashes = new Uint32Array(1024);
  private bytes: Buffer<ArrayBuffer> = Buffer.alloc(64 * 1024);
  private used = 1; // offset 0 marks an empty slot
  private scratch = Buffer.alloc(256);
  size = 0;

  /** Adds the text; false when it was there already. */
  add(text: string): boolean {
    const length = this.encode(text);
    const hash = hashBytes(this.scratch, 0, length);
    const slot = this.find(this.scratch, length, hash);
    if (this.slots[slot] !== 0) return false;
    if (this.used + 2 + length > this.bytes.length) this.bytes = grow(this.bytes, this.used + 2 + length);
    this.bytes.writeUInt16LE(length, this.used);
    this.scratch.copy(this.bytes, this.used + 2, 0, length);
    this.slots[slot] = this.used;
    this.hashes[slot] = hash;
    this.used += 2 + length;
    this.size += 1;
    if (this.size * 10 > this.slots.length * 7) this.rehash();
    return true;
  }

  has(text: string): boolean {
    const length = this.encode(text);
    return this.slots[this.find(this.scratch, length, hashBytes(this.scratch, 0, length))] !== 0;
  }

  private encode(text: string): number {
    if (text.length * 3 > this.scratch.length) this.scratch = Buffer.alloc(text.length * 3);
    const length = this.scratch.write(text, 0, 'utf8');
    if (length > 0xffff) throw new Error('CompactStringSet holds strings up to 64 KiB');
    return length;
  }

  /** The slot holding these bytes, or the empty slot where they would go. */
  private find(key: Buffer, length: number, hash: number): number {
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const at = this.slots[slot] ?? 0;
      if (at === 0) return slot;
      if (this.hashes[slot] === hash && this.bytes.readUInt16LE(at) === length && this.bytes.compare(key, 0, length, at + 2, at + 2 + length) === 0) return slot;
    }
  }

  private rehash(): void {
    const oldSlots = this.slots;
    const oldHashes = this.hashes;
    this.slots = new Uint32Array(oldSlots.length * 2);
    this.hashes = new Uint32Array(oldSlots.length * 2);
    const mask = this.slots.length - 1;
    for (let i = 0; i < oldSlots.length; i++) {
      const at = oldSlots[i] ?? 0;
      if (at === 0) continue;
      const hash = oldHashes[i] ?? 0;
      let slot = hash & mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
      this.slots[slot] = at;
      this.hashes[slot] = hash;
    }
  }
}

function grow(bytes: Buffer, needed: number): Buffer<ArrayBuffer> {
  const next = Buffer.alloc(Math.max(needed, bytes.length * 2));
  bytes.copy(next);
  return next;
}

/** FNV-1a, 32 bits, with a final mix so that the low bits the table uses depend on every byte. */
function hashBytes(bytes: Buffer, start: number, length: number): number {
  let hash = 0x811c9dc5;
  for (let i = start; i < start + length; i++) {
    hash ^= bytes[i] ?? 0;
    hash = Math.imul(hash, 0x01000193);
  }
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}
