/** Characters Windows, macOS or Linux refuse in a file name, and control characters. */
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[<>:"/\\|?*\u0000-\u001f\u007f]/g;
const MAX_STEM = 120;

/**
 * A file name to suggest in the save dialog, made from a project title: forbidden characters
 * become spaces, the result is trimmed and shortened, and it ends in `extension`.
 */
export function suggestedFileName(title: string, extension: string, fallback: string): string {
  const withoutExtension = title.toLowerCase().endsWith(extension) ? title.slice(0, -extension.length) : title;
  // Leading dots would hide the file on macOS and Linux; Windows drops trailing dots and spaces.
  const tidy = (text: string) => text.replace(/\s+/g, ' ').replace(/^[.\s]+|[.\s]+$/g, '');
  const stem = tidy(tidy(withoutExtension.replace(FORBIDDEN, ' ')).slice(0, MAX_STEM));
  return `${stem || fallback}${extension}`;
}

/** The path with `extension` added when the user typed a name without it. */
export function withExtension(filePath: string, extension: string): string {
  return filePath.toLowerCase().endsWith(extension) ? filePath : `${filePath}${extension}`;
}
