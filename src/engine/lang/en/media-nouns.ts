// Nouns that describe a news outlet ("the outlet reported", "the newspaper said"): a mention that is only one of
// these points back to the outlet the article named last.
export const MEDIA_NOUNS = `
outlet
outlets
newspaper
newspapers
paper
broadcaster
network
channel
station
magazine
tabloid
daily
weekly
wire
newswire
site
publication
program
show
`;
