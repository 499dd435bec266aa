import type { Document } from '../../../shared/model/types';
import { useTranslation } from 'react-i18next';
import { pictureUrl } from '../../lib/picture-url';

/** A small preview of a photo document, for the documents list. */
export function PictureThumbnail({ document }: { document: Document }) {
  const { t } = useTranslation('pictures');
  const url = pictureUrl(document);
  if (!url) return null;
  return (
    <img
      src={url}
      alt={t('thumbnail', { caption: document.picture?.caption ?? document.title })}
      data-testid="document-thumbnail"
      style={{ width: 48, height: 36, objectFit: 'cover', borderRadius: 4, flex: 'none' }}
    />
  );
}
