/** What storageFailingSaveChild.ts saw when a save met a full or read-only disk, or a folder it may not write. */
export interface FailingSaveReport {
  readonly saved: boolean;
  readonly error: { readonly kind: string; readonly message: string; readonly problem: string | null } | null;
  /** SHA-256 of the plan file before and after the failed save. */
  readonly hashBefore: string;
  readonly hashAfter: string;
  /** Every name in the folder after the save, temporary files included. */
  readonly files: readonly string[];
  /** Whether the document state still says "unsaved" after the save. */
  readonly unsaved: boolean;
  /** Whether the document still expects the file it opened (the identity was not advanced). */
  readonly identityKept: boolean;
  /** Full disk only: a later save of a plan that fits succeeded. */
  retrySaved: boolean;
}
