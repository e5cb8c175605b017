import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../format';
import { sha256Hex } from './sha256';

describe('sha256Hex', () => {
  it('matches the published test vectors', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
  });

  it('hashes the UTF-8 bytes of multi-byte text as projects stored them', () => {
    // Written by the earlier hand-written digest into projects' agreementChecksum.
    expect(sha256Hex('een ‘slimmere overheid’ — Triënnale “Brussel(s)” 🇧🇪')).toBe('a8cd34fb2fca8474f2c29ac2f1da853c9e9a65104eae894e5af125b5833766c3');
  });

  // The agreement checksums a project holds for the published reports, as imported before
  // the digest came from @noble/hashes: a changed digest would flag every section "agreement changed".
  const reports = join(__dirname, '../../../../shared/fixtures/reports');
  const stored: [string, string][] = [
    ['Bestuurzaken/Concrete voorstellen/HR.md', '03ffd5f7b60d4fb7aed616572a79aa309cceec20eee8df3dfe26a602c3911950'],
    ['Bestuurzaken/Concrete voorstellen/ICT en Informatie.md', '497d17a0a549fffd2c9be61627f9725d9e4fc5f6eb31617ed58d8e7fb7df496a'],
    ['Brussel/Cultuur en toerisme.md', 'b1f5c0bac757b49ab01d1eec915b17416e09f307034f8df8746e9fe2e3259e14'],
    ['Brussel/Vlaamse feestdag.md', '595794430fac1c508dff5f8d84c7016818557e8774e8850e92cca35645598b2d'],
    ['Vlaamse rand/Extra maatregelen/Stand van de Rand.md', '84c9ef98c5bf284507f7671bc9b38b914fd993d6b336a96a2d6df59f5cf63a9d'],
  ];
  if (!existsSync(reports)) console.warn(`${reports} is missing; the stored-checksum test is skipped.`);
  it.skipIf(!existsSync(reports)).each(stored)('gives the stored agreement checksum of %s', (file, checksum) => {
    const parsed = parseReport(readFileSync(join(reports, file), 'utf8'));
    if (!parsed.ok) throw new Error(`${file} no longer parses`);
    expect(sha256Hex(parsed.report.agreement)).toBe(checksum);
  });
});
