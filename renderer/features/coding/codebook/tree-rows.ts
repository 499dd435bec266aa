/**
 * The codebook tree as the rows the user sees: depth-first in codebook order, children
 * hidden under collapsed codes; while filtering, the matching codes with the path down
 * to them, opened.
 */
import type { Code } from '../../../../shared/model/types';
import { codeMatches } from '../code-picker/filter-codes';

export interface TreeRow {
  code: Code;
  depth: number;
  hasChildren: boolean;
  expanded: boolean;
  /** The code itself matches the filter (not only one of its descendants). */
  match: boolean;
}

export function treeRows(codes: readonly Code[], collapsed: ReadonlySet<string>, filter = ''): TreeRow[] {
  const ids = new Set(codes.map((c) => c.id));
  const children = new Map<string | null, Code[]>();
  for (const code of codes) {
    // A code whose parent is missing is shown at the top rather than lost.
    const parent = code.parentId !== null && ids.has(code.parentId) ? code.parentId : null;
    const list = children.get(parent);
    if (list) list.push(code);
    else children.set(parent, [code]);
  }
  for (const list of children.values()) list.sort((a, b) => a.order - b.order);

  const filtering = filter.trim() !== '';
  // While filtering, a code is shown if it or any descendant matches.
  const shown = new Map<string, boolean>();
  const visit = (code: Code): boolean => {
    let any = codeMatches(code, filter);
    for (const child of children.get(code.id) ?? []) any = visit(child) || any;
    shown.set(code.id, any);
    return any;
  };
  if (filtering) for (const root of children.get(null) ?? []) visit(root);

  const rows: TreeRow[] = [];
  const walk = (parent: string | null, depth: number) => {
    for (const code of children.get(parent) ?? []) {
      if (filtering && !shown.get(code.id)) continue;
      const hasChildren = (children.get(code.id)?.length ?? 0) > 0;
      const expanded = hasChildren && (filtering || !collapsed.has(code.id));
      rows.push({ code, depth, hasChildren, expanded, match: !filtering || codeMatches(code, filter) });
      if (expanded) walk(code.id, depth + 1);
    }
  };
  walk(null, 0);
  return rows;
}
