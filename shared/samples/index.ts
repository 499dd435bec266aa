export { buildSampleProject, sampleFiles, samplePdfFiles } from './build-sample';
export type {
  SampleCoding,
  SampleConclusion,
  SampleDocument,
  SampleInformant,
  SamplePdf,
  SamplePicture,
  SampleSpec,
  SampleSummary,
  SampleTriangulation,
} from './build-sample';

/** The demo projects shipped in `samples/<slug>/`, in the order the start screen lists them. */
export const SAMPLE_SLUGS = ['koperasi-umkm-kabupaten', 'umkm-kota-edward3', 'kelompok-seni-woolcock'] as const;
