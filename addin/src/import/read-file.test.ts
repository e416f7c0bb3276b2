// Reading a plan file as the pane does: .docx through mammoth, .txt in either encoding, .doc and PDF refused.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ImportError } from './import-error';
import { readPlanFile } from './read-file';

const fileOf = (name: string, bytes: Uint8Array) => ({
  name,
  arrayBuffer: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
});

describe('readPlanFile', () => {
  it('reads the paragraphs of a .docx as lines of text', async () => {
    const text = await readPlanFile(fileOf('计划.DOCX', readFileSync(join(import.meta.dirname, 'fixtures/plan.docx'))));
    expect(text.split('\n').filter(Boolean)).toEqual([
      '2015年社区服务工作要点',
      '一、便民服务',
      '1.新建社区养老服务站20个。（市民政局、市财政局）',
      '2.推进公共自行车建设，新增2000辆。（市城管局）',
    ]);
  });

  it('reads a .txt saved as UTF-8 or as GB18030 (Chinese Windows)', async () => {
    const gb = Uint8Array.from([0xb9, 0xa4, 0xd7, 0xf7, 0xd2, 0xaa, 0xb5, 0xe3]); // 工作要点 in GBK
    expect(await readPlanFile(fileOf('a.txt', new TextEncoder().encode('工作要点')))).toBe('工作要点');
    expect(await readPlanFile(fileOf('b.txt', gb))).toBe('工作要点');
  });

  it('refuses .doc and PDF with a message saying what to do instead', async () => {
    const refusal = async (name: string) => {
      const error = await readPlanFile(fileOf(name, new Uint8Array(4))).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ImportError);
      return (error as ImportError).text.zh;
    };
    expect(await refusal('旧计划.doc')).toMatch(/另存为” \.docx/);
    expect(await refusal('计划.pdf')).toMatch(/复制.*粘贴/);
    expect(await refusal('计划.xlsx')).toMatch(/\.docx 或 \.txt/);
    expect(await refusal('坏的.docx')).toMatch(/无法读取/);
  });
});
