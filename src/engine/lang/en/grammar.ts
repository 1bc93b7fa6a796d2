// The small closed classes of English the engine needs beside its lexicons: how the language is recognised,
// what attributes without a verb, its determiners and complementizers, and its quotation marks.

// The commonest words of English news text, commonest first: a page whose text holds many of them is English.
export const COMMON_WORDS = `
the
of
and
to
a
in
that
is
for
on
it
with
as
was
he
said
be
by
at
are
this
have
from
his
not
but
has
they
an
or
its
who
had
were
she
will
would
their
been
we
which
also
after
more
than
about
there
when
her
what
`;

// Phrases that attribute what they stand next to, with no verb: "according to Reuters, …".
export const ACCORDING_TO = `
according to
`;

export const DETERMINERS = `
the
a
an
this
that
these
those
his
her
their
its
our
my
your
some
many
several
`;

// Words that open a reported clause after a cue: "said that …".
export const COMPLEMENTIZERS = `
that
`;

// Quotation marks, an opening and its closing mark a line.
export const QUOTATION_MARKS = `
“ ”
" "
‘ ’
' '
`;
