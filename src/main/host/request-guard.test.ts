import { describe, expect, it } from 'vitest';
import { generateToken, isAllowedFetchSite, isAllowedHost, isAllowedOrigin, parseRequestTarget, readCookie, repeatedHeader, secretsEqual, tokenFromHeaders } from './request-guard';

describe('request guard', () => {
  it('makes 256-bit URL-safe tokens, different every time', () => {
    const a = generateToken();
    expect(a).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(generateToken()).not.toBe(a);
  });

  it('compares secrets exactly, refusing empty, absent and oversized ones', () => {
    const t = generateToken();
    expect(secretsEqual(t, t)).toBe(true);
    expect(secretsEqual(`${t}x`, t)).toBe(false);
    expect(secretsEqual(t.slice(1), t)).toBe(false);
    expect(secretsEqual('', t)).toBe(false);
    expect(secretsEqual(null, t)).toBe(false);
    expect(secretsEqual(undefined, t)).toBe(false);
    expect(secretsEqual('x'.repeat(2000), t)).toBe(false);
  });

  it('accepts only our loopback Host names with our port', () => {
    expect(isAllowedHost('127.0.0.1:4000', 4000)).toBe(true);
    expect(isAllowedHost('localhost:4000', 4000)).toBe(true);
    for (const h of ['127.0.0.1:4001', '127.0.0.1', 'localhost', 'evil.example:4000', 'LOCALHOST:4000', '127.0.0.2:4000', '0.0.0.0:4000', '[::1]:4000', undefined]) {
      expect(isAllowedHost(h, 4000), String(h)).toBe(false);
    }
  });

  it('accepts a missing Origin or exactly the addressed origin', () => {
    expect(isAllowedOrigin(undefined, '127.0.0.1:4000')).toBe(true);
    expect(isAllowedOrigin('http://127.0.0.1:4000', '127.0.0.1:4000')).toBe(true);
    expect(isAllowedOrigin('http://localhost:4000', '127.0.0.1:4000')).toBe(false);
    expect(isAllowedOrigin('null', '127.0.0.1:4000')).toBe(false);
    expect(isAllowedOrigin('http://127.0.0.1:4000.evil.example', '127.0.0.1:4000')).toBe(false);
  });

  it('accepts only same-origin or user-initiated fetch metadata', () => {
    expect(isAllowedFetchSite(undefined)).toBe(true);
    expect(isAllowedFetchSite('same-origin')).toBe(true);
    expect(isAllowedFetchSite('none')).toBe(true);
    expect(isAllowedFetchSite('same-site')).toBe(false);
    expect(isAllowedFetchSite('cross-site')).toBe(false);
  });

  it('reads the token from Authorization or x-pwb-token', () => {
    expect(tokenFromHeaders({ authorization: 'Bearer abc' })).toBe('abc');
    expect(tokenFromHeaders({ authorization: 'bearer   abc ' })).toBe('abc');
    expect(tokenFromHeaders({ authorization: 'Basic abc' })).toBeNull();
    expect(tokenFromHeaders({ 'x-pwb-token': 'def' })).toBe('def');
    expect(tokenFromHeaders({ 'x-pwb-token': ['a', 'b'] })).toBeNull();
    expect(tokenFromHeaders({})).toBeNull();
  });

  it('reads one cookie by exact name', () => {
    expect(readCookie('a=1; pwb_asset_4000=xyz; b=2', 'pwb_asset_4000')).toBe('xyz');
    expect(readCookie('pwb_asset_40000=xyz', 'pwb_asset_4000')).toBeNull();
    expect(readCookie(undefined, 'x')).toBeNull();
  });

  it('finds a header that must be single but came twice, in any case', () => {
    expect(repeatedHeader(['Host', 'a', 'Accept', 'x', 'accept', 'y'])).toBeNull();
    expect(repeatedHeader(['Host', 'a', 'HOST', 'b'])).toBe('host');
    expect(repeatedHeader(['authorization', 'Bearer a', 'Authorization', 'Bearer b'])).toBe('authorization');
    expect(repeatedHeader(['Origin', 'x', 'origin', 'x'])).toBe('origin');
    expect(repeatedHeader([])).toBeNull();
  });

  it('accepts only plain paths as request targets', () => {
    const host = '127.0.0.1:4000';
    expect(parseRequestTarget('/assets/app.js?x=1', host)?.pathname).toBe('/assets/app.js');
    expect(parseRequestTarget('/%C3%A9', host)?.pathname).toBe('/%C3%A9');
    for (const bad of [undefined, '', '*', 'index.html', '//evil.example/x', 'http://127.0.0.1:4000/', '/a b', '/a\\b', '/%', '/%E0%A4%A', `/${'a'.repeat(9000)}`, '/a\u0000']) {
      expect(parseRequestTarget(bad, host), String(bad)).toBeNull();
    }
  });
});
