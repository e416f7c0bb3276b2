import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { OfficeAddinManifest } from 'office-addin-manifest';
import { describe, expect, it } from 'vitest';
import { ICON_SIZES } from './icons';
import { productionManifest } from './manifest';

const PATH = join(import.meta.dirname, '..', '..', 'manifest.xml');
const xml = readFileSync(PATH, 'utf8');
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  removeNSPrefix: true,
  isArray: (name) => ['Image', 'Url', 'String', 'Set', 'Host', 'Control'].includes(name),
});
const doc = parser.parse(xml).OfficeApp;

// fast-xml-parser deprecates its validator in favour of a separate package; one call site keeps that swap small.
// eslint-disable-next-line @typescript-eslint/no-deprecated
const wellFormed = (text: string) => XMLValidator.validate(text);

describe('manifest.xml', () => {
  it('is well-formed XML that Office tooling reads as an Excel task pane with ReadWriteDocument', async () => {
    expect(wellFormed(xml)).toBe(true);
    const info = await OfficeAddinManifest.readManifestFile(PATH);
    expect(info).toMatchObject({ officeAppType: 'TaskPaneApp', hosts: ['Workbook'], permissions: 'ReadWriteDocument' });
    expect(info.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(info.defaultSettings?.sourceLocation).toBe('https://localhost:3000/taskpane.html');
  });

  it('requires ExcelApi 1.7 and nothing newer (newer features are checked at run time)', () => {
    expect(doc.Requirements.Sets.Set).toEqual([{ '@Name': 'ExcelApi', '@MinVersion': '1.7' }]);
  });

  it('has a ribbon button that opens the task pane, with every resid defined and icons of each size', () => {
    const host = doc.VersionOverrides.Hosts.Host[0];
    const control = host.DesktopFormFactor.ExtensionPoint.OfficeTab.Group.Control[0];
    expect(control['@type']).toBe('Button');
    expect(control.Action['@type']).toBe('ShowTaskpane');
    const res = doc.VersionOverrides.Resources;
    const ids = new Set(
      [...res.Images.Image, ...res.Urls.Url, ...res.ShortStrings.String, ...res.LongStrings.String].map(
        (r: { '@id': string }) => r['@id'],
      ),
    );
    for (const resid of xml.matchAll(/resid="([^"]+)"/g)) expect(ids).toContain(resid[1]);
    const iconFiles = [...xml.matchAll(/assets\/(icon-\d+\.png)/g)].map((m) => m[1]);
    for (const file of new Set(iconFiles))
      expect(
        readFileSync(join(import.meta.dirname, '..', 'public', 'assets', file!))
          .subarray(1, 4)
          .toString(),
      ).toBe('PNG');
    expect(ICON_SIZES.every((n) => existsIcon(n))).toBe(true);
  });

  it('writes a production copy in which every localhost URL points at the deployed origin', () => {
    const prod = productionManifest(xml, 'https://plansync.example.org/addin/');
    expect(prod).not.toMatch(/localhost/);
    expect(prod).toContain('<SourceLocation DefaultValue="https://plansync.example.org/addin/taskpane.html"/>');
    expect(wellFormed(prod)).toBe(true);
    expect(() => productionManifest(xml, 'http://plansync.example.org')).toThrow(/https/);
  });
});

function existsIcon(n: number): boolean {
  return readFileSync(join(import.meta.dirname, '..', 'public', 'assets', `icon-${n}.png`)).readUInt32BE(16) === n;
}
