import type { Code, FrameworkId } from '../model/types';
import { DomainError } from '../project/errors';
import type { CodeTemplate, FrameworkTemplate } from './template';
import { edward3 } from './edward3';
import { empowerment } from './empowerment';
import { factors } from './factors';
import { mouzelis, woolcock } from './social-capital';

/** The built-in frameworks, in the order the new-project wizard shows them. */
export const FRAMEWORKS: readonly FrameworkTemplate[] = [empowerment, edward3, woolcock, mouzelis, factors];

/** The template with this id; throws DomainError('unknown-framework') for any other. */
export function frameworkById(id: FrameworkId): FrameworkTemplate {
  const found = FRAMEWORKS.find((f) => f.id === id);
  if (!found) throw new DomainError('unknown-framework', String(id));
  return found;
}

/**
 * Copies a framework template into new codes of a project: fresh ids, the framework's
 * citation on every code, the root placed at `order` among top-level codes. The template
 * itself is never shared with the project, so editing a code cannot change the built-in.
 * The root comes first in the result.
 */
export function instantiateFramework(id: FrameworkId, projectId: string, order: number): Code[] {
  const framework = frameworkById(id);
  const codes: Code[] = [];
  const copy = (template: CodeTemplate, parentId: string | null, position: number): void => {
    const code: Code = {
      id: crypto.randomUUID(),
      projectId,
      parentId,
      label: { ...template.label },
      definition: { ...template.definition },
      color: template.color,
      source: framework.source,
      frameworkId: framework.id,
      order: position,
      memo: '',
    };
    codes.push(code);
    template.children?.forEach((child, i) => copy(child, code.id, i));
  };
  framework.codes.forEach((root, i) => copy(root, null, order + i));
  return codes;
}
