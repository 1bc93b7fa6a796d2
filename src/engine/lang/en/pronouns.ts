// Pronouns that can stand for a source at a cue, with the kind of antecedent each prefers.
// "who" and "which" are relative: they point at the noun phrase just before them. A third field gives a
// person's gender (m, f): "he" and "she" point back to someone of that gender, and are read wherever they stand.
export const PRONOUNS = `
he|person|m
she|person|f
i|speaker
we|speaker
they|group
it|thing
who|relative
you|speaker
`;
