import { Text, type TextProps } from '@mantine/core';
import type { Code } from '../../../shared/model/types';
import { codeLabel, codePath } from '../../../shared/project';
import { useAppStore } from '../../store';

/** A code's label in the current language and, for a sub-code, its parent's path beneath it. */
export function CodeName({ code, labelProps }: { code: Code; labelProps?: TextProps }) {
  const locale = useAppStore((s) => s.locale);
  const parentPath = useAppStore((s) => (s.current && code.parentId ? codePath(s.current, code.parentId, s.locale) : null));
  return (
    <div style={{ minWidth: 0 }}>
      <Text {...labelProps} truncate>
        {codeLabel(code, locale)}
      </Text>
      {parentPath !== null && (
        <Text size="xs" c="dimmed" truncate>
          {parentPath}
        </Text>
      )}
    </div>
  );
}
