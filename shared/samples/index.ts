export { buildSampleProject, sampleFiles } from './build-sample';
export type {
  SampleCoding,
  SampleConclusion,
  SampleDocument,
  SampleInformant,
  SamplePicture,
  SampleSpec,
  SampleSummary,
  SampleTriangulation,
} from './build-sample';

/** The demo projects shipped in `samples/<slug>/`, in the order the start screen lists them. */
export const SAMPLE_SLUGS = ['koperasi-umkm-kabupaten', 'umkm-kota-edward3', 'kelompok-seni-woolcock'] as const;
