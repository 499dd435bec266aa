import { defineStrings } from '../define';

/** Layar penarikan kesimpulan dan verifikasi, serta peringatannya. */
export default defineStrings({
  id: {
    title: 'Penarikan kesimpulan dan verifikasi',
  },
  en: {
    title: 'Conclusion drawing and verification',
  },
});
