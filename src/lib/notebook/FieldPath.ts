/** A short rendering of a bad value for an error message. */
function shown(value: unknown): string {
  if (value === undefined) return 'missing';
  if (Array.isArray(value)) return 'a list';
  if (value !== null && typeof value === 'object') return 'an object';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

/**
 * A value read from an untrusted file or link, with the path that led to it, so every
 * validation error names its field: `cells[2].kind: "foo" (expected markdown, sql, ...)`.
 */
export class FieldPath {
  constructor(
    readonly value: unknown,
    readonly path = '',
  ) {}

  /** The field `key` of this object. */
  at(key: string): FieldPath {
    return new FieldPath(this.object()[key], this.path ? `${this.path}.${key}` : key);
  }

  /** The field `key`, or undefined when it is absent or null. */
  maybe(key: string): FieldPath | undefined {
    const f = this.at(key);
    return f.value === undefined || f.value === null ? undefined : f;
  }

  fail(expected: string): never {
    throw new Error(`${this.path || 'notebook'}: ${shown(this.value)} (expected ${expected})`);
  }

  object(): Record<string, unknown> {
    if (this.value === null || typeof this.value !== 'object' || Array.isArray(this.value)) this.fail('an object');
    // SAFETY: checked just above to be a non-null, non-array object.
    return this.value as Record<string, unknown>;
  }

  list(max = Infinity): FieldPath[] {
    if (!Array.isArray(this.value)) this.fail('a list');
    if (this.value.length > max) this.fail(`at most ${max} items, found ${this.value.length}`);
    return this.value.map((v, i) => new FieldPath(v, `${this.path}[${i}]`));
  }

  string(pattern?: RegExp, expected = 'text'): string {
    if (typeof this.value !== 'string') this.fail(expected);
    if (pattern && !pattern.test(this.value)) this.fail(expected);
    return this.value;
  }

  /** Text stored as one string or, for multi-line text in files, as a list of lines. */
  text(): string {
    if (Array.isArray(this.value) && this.value.every((l) => typeof l === 'string')) return this.value.join('\n');
    return this.string(undefined, 'text or a list of lines');
  }

  number(min = -Infinity, below = Infinity): number {
    if (typeof this.value !== 'number' || !Number.isFinite(this.value) || this.value < min || this.value >= below) {
      this.fail(`a number${min > -Infinity ? ` from ${min}` : ''}${below < Infinity ? ` below ${below}` : ''}`);
    }
    return this.value;
  }

  oneOf<T extends string>(allowed: readonly T[]): T {
    const found = allowed.find((a) => a === this.value);
    if (found === undefined) this.fail(allowed.join(', '));
    return found;
  }
}
