import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readQdpx } from './read-qdpx';

const V = (n: number) => `99999999-0000-4000-8000-00000000000${n}`;
const S = (n: number) => `AAAAAAAA-1111-4000-8000-00000000000${n}`;
// MAXQDA keeps document variables on the TextSource; the second source belongs to a Case.
const QDE = `<?xml version="1.0" encoding="UTF-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="Variabel" origin="MAXQDA 24 (Release 24.7.0)">
  <Variables>
    <Variable guid="${V(1)}" name="Jabatan" typeOfVariable="Text"/>
    <Variable guid="${V(2)}" name="Usia" typeOfVariable="Integer"/>
  </Variables>
  <Cases><Case guid="${V(5)}" name="Pak Joko"><VariableValue><VariableRef targetGUID="${V(1)}"/><TextValue>Lurah</TextValue></VariableValue><SourceRef targetGUID="${S(2)}"/><SelectionRef targetGUID="${V(7)}"/></Case></Cases>
  <Sources>
    <TextSource guid="${S(1)}" name="Bu Ani" plainTextPath="internal://${S(1)}.txt">
      <VariableValue><VariableRef targetGUID="${V(1)}"/><TextValue>Kepala Seksi</TextValue></VariableValue>
      <VariableValue><VariableRef targetGUID="${V(2)}"/><IntegerValue>47</IntegerValue></VariableValue>
    </TextSource>
    <TextSource guid="${S(2)}" name="Pak Joko" plainTextPath="internal://${S(2)}.txt"/>
  </Sources>
</Project>`;

describe('informants from Cases and from variables on sources', () => {
  const { snapshot, warnings } = readQdpx(zipSync({ 'project.qde': strToU8(QDE), [`sources/${S(1)}.txt`]: strToU8('I: Saya bertugas di seksi.'), [`sources/${S(2)}.txt`]: strToU8('I: Saya lurah di sini.') }));
  const informantOf = (title: string) => snapshot.informants.find((i) => i.id === snapshot.documents.find((d) => d.title === title)!.informantId);

  it('makes a Case an informant with its variables, linked to its source', () => {
    expect(informantOf('Pak Joko')).toMatchObject({ label: 'Pak Joko', position: 'Lurah' });
  });

  it('makes a source carrying its own variables an informant, so the variables are kept', () => {
    expect(informantOf('Bu Ani')).toMatchObject({ label: 'Bu Ani', position: 'Kepala Seksi', attributes: { Usia: '47' } });
    expect(snapshot.informants).toHaveLength(2);
  });

  it('says that a Case pointing at part of a transcript was not kept as such', () => {
    expect(warnings).toContainEqual({ code: 'skipped-case-selections', what: 'SelectionRef', count: 1 });
  });
});
