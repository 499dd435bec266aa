/**
 * Turning the built-in defaults into items of a project's guide. A project's codes are
 * copies of a framework template that the student may have renamed, moved or extended, so
 * each code is matched to its template code by label, level by level; a code with no match
 * (the student's own indicator, or one renamed beyond recognition) gets a plain question
 * built from its label, so every indicator of the guide asks something.
 */
import type { ProjectState } from '../model/changeset';
import type { Code, FrameworkId, GuideItem, GuideProbe, InstrumentKind, LocalizedText } from '../model/types';
import { frameworkById } from '../frameworks';
import type { CodeTemplate } from '../frameworks';
import { childrenOf } from '../project/code-tree';
import { CLOSING_QUESTIONS, FRAMEWORK_DEFAULTS, type CodeDefaults, type DefaultQuestion } from './defaults';
import { isLeaf } from './outline';

const normal = (s: string): string => s.trim().toLocaleLowerCase();

const sameLabel = (code: Code, template: CodeTemplate): boolean =>
  [code.label.id, code.label.en].some((label) => label.trim() !== '' && [template.label.id, template.label.en].some((t) => normal(t) === normal(label)));

/** The template key ("enabling.socialisation") of every code under a framework root that still matches its template. */
export function templateKeys(state: ProjectState, rootCodeId: string): Map<string, { framework: FrameworkId; key: string }> {
  const keys = new Map<string, { framework: FrameworkId; key: string }>();
  const root = state.codes[rootCodeId];
  if (!root?.frameworkId) return keys;
  const framework = root.frameworkId;
  const template = frameworkById(framework).codes[0];
  if (!template) return keys;
  const walk = (code: Code, node: CodeTemplate): void => {
    keys.set(code.id, { framework, key: node.key });
    for (const child of childrenOf(state, code.id)) {
      const match = node.children?.find((t) => sameLabel(child, t));
      if (match) walk(child, match);
    }
  };
  walk(root, template);
  return keys;
}

/** A question for a code the defaults do not know, from its label: plain, and easy to rewrite. */
function genericDefaults(code: Code): CodeDefaults {
  const lower = (label: string): string => (/^\p{Lu}\p{Ll}/u.test(label) ? label[0]!.toLocaleLowerCase() + label.slice(1) : label);
  const id = lower(code.label.id.trim() || code.label.en.trim());
  const en = lower(code.label.en.trim() || code.label.id.trim());
  return {
    questions: [
      {
        text: { id: `Bagaimana pendapat Bapak/Ibu tentang ${id} dalam program ini?`, en: `What is your view of ${en} in the programme?` },
        probes: [{ id: 'Dapatkah Bapak/Ibu memberi contoh?', en: 'Can you give an example?' }],
      },
    ],
  };
}

const ORIGIN = /^([a-z0-9]+)\/([^/]+)\/(interview|observation|documentation)\/(\d+)(?:\/p(\d+))?$/;

/**
 * The default text an item (or a probe, with `/p<n>`) was made from, by its origin, or null
 * for the student's own. `where` asks for the item's place or source instead of its text.
 */
export function defaultTextOf(origin: string, field: 'text' | 'where' = 'text'): LocalizedText | null {
  const m = ORIGIN.exec(origin);
  if (!m) return null;
  const [, framework, key, kind, index, probe] = m;
  const n = Number(index);
  if (framework === 'closing') {
    const question = CLOSING_QUESTIONS[n];
    if (!question) return null;
    return probe === undefined ? question.text : (question.probes?.[Number(probe)] ?? null);
  }
  const defaults = FRAMEWORK_DEFAULTS[framework as FrameworkId]?.[key!];
  if (!defaults) return null;
  if (kind === 'interview') {
    const question = defaults.questions[n];
    if (!question) return null;
    if (probe !== undefined) return question.probes?.[Number(probe)] ?? null;
    return field === 'text' ? question.text : null;
  }
  const listed = (kind === 'observation' ? defaults.observe : defaults.documents)?.[n];
  return listed ? listed[field] : null;
}

const newId = (): string => crypto.randomUUID();

function questionItem(question: DefaultQuestion, codeId: string | null, origin: string, order: number): GuideItem {
  return {
    id: newId(),
    kind: 'interview',
    codeId,
    text: { ...question.text },
    probes: (question.probes ?? []).map((text, p): GuideProbe => ({ id: newId(), text: { ...text }, origin: origin ? `${origin}/p${p}` : '' })),
    categories: [],
    groups: [],
    where: { id: '', en: '' },
    origin,
    order,
  };
}

/**
 * The default items for every indicator under a framework root that has none of that
 * instrument yet (`existing`), and the closing questions when the guide has none.
 */
export function instantiateDefaults(state: ProjectState, rootCodeId: string, existing: readonly GuideItem[]): GuideItem[] {
  const has = new Set(existing.map((i) => `${i.kind} ${i.codeId}`));
  const keys = templateKeys(state, rootCodeId);
  const out: GuideItem[] = [];
  const visit = (code: Code): void => {
    const children = childrenOf(state, code.id);
    children.forEach(visit);
    if (!isLeaf(state, code.id) || code.id === rootCodeId) return;
    const match = keys.get(code.id);
    const known = match ? FRAMEWORK_DEFAULTS[match.framework][match.key] : undefined;
    const defaults = known ?? genericDefaults(code);
    const origin = (kind: InstrumentKind, n: number): string => (known && match ? `${match.framework}/${match.key}/${kind}/${n}` : '');
    if (!has.has(`interview ${code.id}`)) defaults.questions.forEach((q, n) => out.push(questionItem(q, code.id, origin('interview', n), n)));
    const listed = (kind: 'observation' | 'documentation', list: CodeDefaults['observe']): void => {
      if (has.has(`${kind} ${code.id}`)) return;
      list?.forEach((entry, n) =>
        out.push({ ...questionItem({ text: entry.text }, code.id, origin(kind, n), n), kind, where: { ...entry.where } }),
      );
    };
    listed('observation', defaults.observe);
    listed('documentation', defaults.documents);
  };
  const root = state.codes[rootCodeId];
  if (root) {
    // A framework root without dimensions is asked about itself.
    if (isLeaf(state, root.id)) {
      if (!has.has(`interview ${root.id}`)) genericDefaults(root).questions.forEach((q, n) => out.push(questionItem(q, root.id, '', n)));
    } else visit(root);
  }
  if (!existing.some((i) => i.kind === 'interview' && i.codeId === null)) {
    CLOSING_QUESTIONS.forEach((q, n) => out.push(questionItem(q, null, `closing/-/interview/${n}`, n)));
  }
  return out;
}
