import { defineStrings } from '../define';

/** The words inside the Bab IV figures (the frequency chart's axis, the findings diagram's missing verdict). */
export default defineStrings({
  id: {
    segmentCount: 'Jumlah segmen data',
    notConcluded: 'belum disimpulkan',
    fileFrequency: 'frekuensi-kode',
    fileFindings: 'model-temuan',
  },
  en: {
    segmentCount: 'Number of data segments',
    notConcluded: 'not concluded yet',
    fileFrequency: 'code-frequency',
    fileFindings: 'findings-model',
  },
});
