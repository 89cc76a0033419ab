/** An input the tool cannot use: reported as one line on stderr with exit code 2, never a stack trace. */
export class InputError extends Error {
  constructor(
    message: string,
    /** The file (or "-") it is about, or null. */
    readonly file: string | null = null,
    /** Process exit code. */
    readonly exitCode: number = 2,
  ) {
    super(message);
    this.name = "InputError";
  }
}

/** Bad usage (unknown option value, conflicting flags): exit code 2. */
export class UsageError extends Error {
  readonly exitCode = 2;
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}
