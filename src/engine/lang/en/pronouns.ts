// Pronouns that can stand for a source at a cue, with the kind of antecedent each prefers.
// "who" and "which" are relative: they point at the noun phrase just before them.
export const PRONOUNS = `
he|person
she|person
i|speaker
we|speaker
they|group
it|thing
who|relative
you|speaker
`;
