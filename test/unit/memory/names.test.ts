import { describe, expect, it } from 'vitest';
import { normalizeName, personParts, roleWords } from '../../../src/memory/names';

describe('names as the memory compares them', () => {
  it.each([
    ['José  Álvarez', 'jose alvarez'],
    ['Conan O’Brien', 'conan obrien'],
    ['The Associated Press', 'the associated press'],
    ['U.S. Department of State', 'u s department of state'],
    ['  ', ''],
  ])('%j folds to %j', (name, folded) => {
    expect(normalizeName(name)).toBe(folded);
  });

  it.each([
    ['james jeffrey', { given: 'james', surname: 'jeffrey' }],
    ['dr james a jeffrey jr', { given: 'james', surname: 'jeffrey' }],
    ['jeffrey', { given: null, surname: 'jeffrey' }],
    ['mr jeffrey', { given: null, surname: 'jeffrey' }],
    ['', null],
  ])('a person named %j has the parts %j', (name, parts) => {
    expect(personParts(name)).toEqual(parts);
  });

  it.each([
    ['the U.S. envoy', ['envoy']],
    ['the State Department’s envoy to Syria', ['state', 'department', 'envoy', 'syria']],
    ['a former senior official', ['official']],
    [null, []],
  ])('the role %j tells by %j', (role, words) => {
    expect([...roleWords(role)].sort()).toEqual([...words].sort());
  });
});
