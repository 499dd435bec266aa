/**
 * Community empowerment in three aspects — Fahrudin (2012), after Kartasasmita (1996).
 * Definitions are our own paraphrase; students refine them from their theory chapter.
 */
import type { FrameworkTemplate } from './template';
import { frameworkRoot } from './template';

export const empowerment: FrameworkTemplate = {
  id: 'empowerment',
  label: { id: 'Pemberdayaan masyarakat (Fahrudin)', en: 'Community empowerment (Fahrudin)' },
  description: {
    id: 'Tiga aspek pemberdayaan: enabling, empowering, protecting — lazim untuk program UMKM dan koperasi.',
    en: 'Three aspects of empowerment: enabling, empowering, protecting — common for MSME and cooperative programmes.',
  },
  source: 'Fahrudin (2012), mengacu pada Kartasasmita (1996)',
  codes: frameworkRoot(
    {
      key: 'empowerment',
      label: { id: 'Pemberdayaan', en: 'Empowerment' },
      definition: {
        id: 'Kode induk kerangka pemberdayaan masyarakat. Kodekan segmen pada aspek atau indikatornya; gunakan kode ini hanya untuk pernyataan umum tentang pemberdayaan yang tidak menunjuk satu aspek pun.',
        en: 'Root of the community-empowerment framework. Code segments to an aspect or indicator; use this code only for general statements about empowerment that point to no single aspect.',
      },
    },
    [
      {
        key: 'enabling',
        color: '#0072B2',
        label: { id: 'Enabling', en: 'Enabling' },
        definition: {
          id: 'Pemungkinan: upaya menciptakan suasana atau iklim agar potensi masyarakat dapat berkembang — melibatkan sasaran, memberi informasi, memotivasi, menghilangkan hambatan awal. Bukan pemberian input nyata (pelatihan, modal, alat): itu Empowering.',
          en: 'Creating a climate in which the community\'s potential can grow — involving the target group, informing, motivating, removing first barriers. Not the delivery of concrete inputs (training, capital, tools): that is Empowering.',
        },
        indicators: [
          {
            key: 'socialisation',
            label: { id: 'Sosialisasi program', en: 'Programme socialisation' },
            definition: {
              id: 'Cara dan seberapa luas program diperkenalkan kepada sasaran: pertemuan, surat, media sosial, dari mulut ke mulut. Termasuk keluhan tidak tahu adanya program. Bukan isi pelatihan.',
              en: 'How and how widely the programme is made known to its target group: meetings, letters, social media, word of mouth. Includes complaints of never hearing about it. Not the content of training.',
            },
          },
          {
            key: 'involvement',
            label: { id: 'Pelibatan dalam perencanaan', en: 'Involvement in programme design' },
            definition: {
              id: 'Sasaran diajak menentukan kebutuhan, bentuk atau jadwal program (musyawarah, usulan, survei kebutuhan). Bukan sekadar hadir sebagai peserta kegiatan.',
              en: 'The target group helps decide needs, form or timing of the programme (deliberation, proposals, needs surveys). Not merely attending an activity as a participant.',
            },
          },
          {
            key: 'motivation',
            label: { id: 'Motivasi dan pengarahan', en: 'Motivation and direction' },
            definition: {
              id: 'Dorongan, ajakan dan arahan agar sasaran mau memulai atau mengembangkan usaha, termasuk perubahan pola pikir. Bukan bimbingan teknis terjadwal: itu Pembinaan atau Pendampingan.',
              en: 'Encouragement, persuasion and direction so the target group starts or grows a business, including changes of mindset. Not scheduled technical guidance: that is Coaching or Mentoring.',
            },
          },
          {
            key: 'information-access',
            label: { id: 'Akses informasi', en: 'Access to information' },
            definition: {
              id: 'Kemudahan sasaran memperoleh informasi tentang program, bantuan, pasar atau prosedur, dan hambatan untuk itu. Bukan informasi yang dimiliki pelaksana (Edward III: Sumber daya › Informasi).',
              en: 'How easily the target group gets information on programmes, support, markets or procedures, and what stands in the way. Not the information implementers hold (Edward III: Resources › Information).',
            },
          },
          {
            key: 'business-climate',
            label: { id: 'Iklim usaha kondusif', en: 'Conducive business climate' },
            definition: {
              id: 'Kondisi umum yang memudahkan usaha tumbuh: ketertiban, kemitraan, dukungan lingkungan, kemudahan berusaha. Bukan perlindungan khusus bagi pelaku kecil dari persaingan: itu Protecting.',
              en: 'General conditions that let businesses grow: order, partnerships, a supportive environment, ease of doing business. Not specific protection of small actors from competition: that is Protecting.',
            },
          },
        ],
      },
      {
        key: 'empowering',
        color: '#E69F00',
        label: { id: 'Empowering', en: 'Empowering' },
        definition: {
          id: 'Penguatan: memperkuat potensi atau daya yang sudah dimiliki masyarakat melalui input nyata dan pembukaan peluang. Bukan sekadar informasi atau ajakan (Enabling) dan bukan perlindungan dari pihak yang lebih kuat (Protecting).',
          en: 'Strengthening the capacity the community already has through concrete inputs and opened opportunities. Not mere information or encouragement (Enabling), and not protection from stronger parties (Protecting).',
        },
        indicators: [
          {
            key: 'training',
            label: { id: 'Pelatihan', en: 'Training' },
            definition: {
              id: 'Kegiatan belajar keterampilan yang terjadwal (produksi, pengemasan, pembukuan, digital), termasuk kesesuaian materi dan frekuensinya. Bukan kunjungan bimbingan berkelanjutan: itu Pembinaan atau Pendampingan.',
              en: 'Scheduled skill-building events (production, packaging, bookkeeping, digital), including whether content and frequency fit. Not ongoing guidance visits: that is Coaching or Mentoring.',
            },
          },
          {
            key: 'coaching',
            label: { id: 'Pembinaan', en: 'Coaching (pembinaan)' },
            definition: {
              id: 'Bimbingan dan pengawasan rutin oleh dinas terhadap pelaku usaha atau kelompok (monitoring, evaluasi, pembinaan kelembagaan). Bukan pelatihan satu kali.',
              en: 'Regular guidance and supervision by the agency of businesses or groups (monitoring, evaluation, institutional coaching). Not a one-off training event.',
            },
          },
          {
            key: 'mentoring',
            label: { id: 'Pendampingan', en: 'Mentoring (pendampingan)' },
            definition: {
              id: 'Pendamping yang menemani pelaku usaha menyelesaikan masalah nyata dari waktu ke waktu (pendamping UMKM, konsultan, PLUT). Bukan pengawasan dinas: itu Pembinaan.',
              en: 'A mentor who accompanies a business through its actual problems over time (MSME mentors, consultants, PLUT). Not the agency\'s supervision: that is Coaching.',
            },
          },
          {
            key: 'capital',
            label: { id: 'Permodalan', en: 'Capital' },
            definition: {
              id: 'Tambahan modal yang memperkuat kapasitas usaha: hibah, dana bergulir, bantuan peralatan produksi. Bukan akses kredit bersubsidi seperti KUR yang melindungi dari rentenir: itu Protecting › KUR dan bantuan modal.',
              en: 'Added capital that strengthens business capacity: grants, revolving funds, production equipment. Not access to subsidised credit such as KUR that shields from loan sharks: that is Protecting › KUR and capital assistance.',
            },
          },
          {
            key: 'facilities',
            label: { id: 'Sarana dan prasarana', en: 'Facilities and infrastructure' },
            definition: {
              id: 'Tempat, alat, gedung, gerai atau infrastruktur yang disediakan atau kurang tersedia untuk usaha. Bukan uang tunai: itu Permodalan.',
              en: 'Premises, tools, buildings, outlets or infrastructure provided for, or missing from, businesses. Not cash: that is Capital.',
            },
          },
          {
            key: 'legality',
            label: { id: 'Legalitas usaha', en: 'Business legality' },
            definition: {
              id: 'Kepemilikan izin dan sertifikat usaha (NIB, SKU, PIRT, halal, merek) sebagai penguat daya saing. Bukan bantuan dinas mengurus izin: itu Protecting › Fasilitasi perizinan.',
              en: 'Holding business permits and certificates (NIB, SKU, PIRT, halal, trademark) as a source of competitiveness. Not the agency helping to obtain them: that is Protecting › Licensing facilitation.',
            },
          },
          {
            key: 'marketing',
            label: { id: 'Pemasaran dan akses digital', en: 'Marketing and digital access' },
            definition: {
              id: 'Upaya membuka pasar: pameran, katalog, lokapasar, media sosial, kemitraan penjualan, serta kemampuan memakai alat digital. Bukan perlindungan harga atau pasar: itu Protecting.',
              en: 'Opening markets: fairs, catalogues, online marketplaces, social media, sales partnerships, and the skill to use digital tools. Not protection of prices or markets: that is Protecting.',
            },
          },
        ],
      },
      {
        key: 'protecting',
        color: '#009E73',
        label: { id: 'Protecting', en: 'Protecting' },
        definition: {
          id: 'Perlindungan: mencegah yang lemah menjadi makin lemah — berpihak pada pelaku kecil menghadapi persaingan tidak seimbang dan menjaga keberlanjutan program. Bukan peningkatan keterampilan atau input usaha: itu Empowering.',
          en: 'Protecting the weak from growing weaker: siding with small actors against unequal competition and keeping the programme sustainable. Not skills or business inputs: that is Empowering.',
        },
        indicators: [
          {
            key: 'credit',
            label: { id: 'KUR dan bantuan modal', en: 'KUR and capital assistance' },
            definition: {
              id: 'Akses pembiayaan yang terjangkau dan aman (KUR, pinjaman lunak, jaminan) yang melindungi pelaku usaha dari rentenir atau bunga tinggi. Bukan hibah peralatan: itu Empowering › Permodalan.',
              en: 'Affordable, safe financing (KUR, soft loans, guarantees) that shields businesses from loan sharks or high interest. Not equipment grants: that is Empowering › Capital.',
            },
          },
          {
            key: 'licensing',
            label: { id: 'Fasilitasi perizinan', en: 'Licensing facilitation' },
            definition: {
              id: 'Bantuan dinas agar pelaku usaha memperoleh izin dan sertifikat dengan mudah atau gratis (pendaftaran NIB, sertifikasi halal massal). Bukan sekadar memiliki izin.',
              en: 'The agency helping businesses obtain permits and certificates easily or free of charge (NIB registration, collective halal certification). Not merely holding a permit.',
            },
          },
          {
            key: 'fair-competition',
            label: { id: 'Perlindungan dari persaingan tidak seimbang', en: 'Protection from unequal competition' },
            definition: {
              id: 'Keberpihakan pada pelaku kecil terhadap usaha besar, toko modern, produk impor atau tengkulak: zonasi, kuota, harga, prioritas pengadaan. Bukan promosi umum: itu Empowering › Pemasaran.',
              en: 'Siding with small actors against large firms, modern retail, imports or middlemen: zoning, quotas, prices, procurement priority. Not general promotion: that is Empowering › Marketing.',
            },
          },
          {
            key: 'regulation',
            label: { id: 'Regulasi', en: 'Regulation' },
            definition: {
              id: 'Peraturan daerah atau pusat yang menjamin hak dan kepentingan pelaku kecil, dan ada tidaknya dasar hukum program. Bukan SOP internal dinas (Edward III: Struktur birokrasi).',
              en: 'Regional or national rules that secure small actors\' rights and interests, and whether the programme has a legal basis. Not the agency\'s internal SOPs (Edward III: Bureaucratic structure).',
            },
          },
          {
            key: 'continuity',
            label: { id: 'Keberlanjutan dukungan', en: 'Continuity of support' },
            definition: {
              id: 'Apakah dukungan berlanjut setelah kegiatan selesai: tindak lanjut, evaluasi, pendampingan lanjutan, atau justru berhenti. Bukan frekuensi pelatihan itu sendiri.',
              en: 'Whether support continues after an activity ends: follow-up, evaluation, further mentoring — or stops. Not the frequency of training itself.',
            },
          },
        ],
      },
    ],
  ),
};
