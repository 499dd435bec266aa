import { z } from 'zod';
import { OPEN_KINDS, SAVE_KINDS, type ArgsOf, type Channel, type OpenKind } from '../../../shared/ipc-contract';
import { isBackupId, isProjectId } from '../backups';
import { MAX_FILE_BYTES } from '../files';

/** Types vanish at run time: every argument from the renderer is checked against these. */
const bytes = z
  .instanceof(Uint8Array)
  .refine((b) => b.byteLength > 0 && b.byteLength <= MAX_FILE_BYTES, 'empty or larger than the file limit');
const projectId = z.string().max(64).refine(isProjectId, 'not a project id');
const backupId = z.string().max(64).refine(isBackupId, 'not a backup id');
const noArgs = z.tuple([]);

export const argsSchemas: { [C in Channel]: z.ZodType<ArgsOf<C>> } = {
  'transcripts:pick': noArgs,
  'project:open-file': noArgs,
  'project:save-file': z.tuple([z.strictObject({ suggestedName: z.string().max(500), bytes })]),
  'file:open': z.tuple([z.strictObject({ kind: z.enum(Object.keys(OPEN_KINDS) as [OpenKind, ...OpenKind[]]) })]),
  'file:save': z.tuple([z.strictObject({ kind: z.enum(SAVE_KINDS), suggestedName: z.string().max(500), bytes })]),
  'backup:write': z.tuple([z.strictObject({ projectId, title: z.string().max(1000), bytes })]),
  'backup:list': z.tuple([z.strictObject({ projectId })]),
  'backup:read': z.tuple([z.strictObject({ projectId, id: backupId })]),
  'app:info': noArgs,
  'app:set-locale': z.tuple([z.strictObject({ locale: z.enum(['id', 'en']) })]),
  'sync:save-credentials': z.tuple([
    z.strictObject({
      projectId: projectId,
      url: z.string().max(2000).refine((u) => /^https?:\/\//.test(u), 'not an http(s) address'),
      username: z.string().min(1).max(500),
      password: z.string().min(1).max(2000),
    }),
  ]),
  'sync:load-credentials': z.tuple([z.strictObject({ projectId: projectId })]),
  'sync:forget-credentials': z.tuple([z.strictObject({ projectId: projectId })]),
};
