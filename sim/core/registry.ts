// A registry of named plug-ins (algorithms, generators, reporters, behaviours), chosen by name in scenario files.

/** Named plug-ins of one kind. Lookup of an unknown name throws an error that lists the valid names. */
export class Registry<T> {
  private readonly entries = new Map<string, T>();

  /** @param kind what the entries are, for error messages ("network generator"). */
  constructor(readonly kind: string) {}

  /** Adds a plug-in under a name; registering a name twice is a programming error. */
  register(name: string, entry: T): this {
    if (this.entries.has(name)) throw new Error(`${this.kind} "${name}" is already registered`);
    this.entries.set(name, entry);
    return this;
  }

  /** True when a plug-in of that name exists. */
  has(name: string): boolean {
    return this.entries.has(name);
  }

  /** The plug-in of that name, or an error naming the valid choices. */
  get(name: string): T {
    const entry = this.entries.get(name);
    if (entry === undefined) {
      throw new Error(`unknown ${this.kind} "${name}"; valid: ${this.names().join(', ')}`);
    }
    return entry;
  }

  /** Registered names in registration order. */
  names(): string[] {
    return [...this.entries.keys()];
  }
}
