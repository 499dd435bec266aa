/** Which codebook dialog is open, and for which code. */
export type CodeDialog =
  | { kind: 'color'; codeId: string }
  | { kind: 'move'; codeId: string }
  | { kind: 'merge'; codeId: string }
  | { kind: 'delete'; codeId: string }
  | null;
