// News agencies and outlets, one per line: the fullest name first, then its aliases, separated by "|".
// Every name on a line becomes one `media` source. Matching ignores a leading "The" and letter case.
export const OUTLETS = `
The Associated Press|AP|Associated Press|the AP
Reuters|Thomson Reuters
Agence France-Presse|AFP|Agence France Presse
United Press International|UPI
Bloomberg News|Bloomberg
CNN|Cable News Network
Fox News|Fox|Fox News Channel
MSNBC
E! News|E! Online|E!
NBC News|NBC
ABC News|ABC
CBS News|CBS
NPR|National Public Radio
PBS|PBS NewsHour
BBC|BBC News|British Broadcasting Corporation
Al Jazeera
The New York Times|New York Times|the Times|NYT
The Washington Post|Washington Post|the Post
The Wall Street Journal|Wall Street Journal|the Journal|WSJ
USA Today
Los Angeles Times|LA Times
The Boston Globe|Boston Globe
Chicago Tribune
The Guardian|Guardian
The Independent
The Daily Telegraph|The Telegraph
Financial Times|FT
The Economist|Economist
Politico|POLITICO
The Hill
Axios
BuzzFeed News|BuzzFeed
HuffPost|The Huffington Post|Huffington Post
Breitbart News|Breitbart|Breitbart News Daily
The Daily Caller|Daily Caller
The Daily Beast|Daily Beast
Vox
Slate
Salon
The Atlantic
The New Yorker
Newsweek
Time|Time magazine
The Intercept
ProPublica
Mother Jones
National Review
The Weekly Standard|Weekly Standard
The Washington Times|Washington Times
The New York Post|New York Post|the Post
New York Daily News|Daily News
Western Journalism
Yahoo News|Yahoo! News|Yahoo
Business Insider
CNBC
C-SPAN
Univision
Telemundo
Xinhua
TASS
Interfax
RIA Novosti
Sputnik
RT|Russia Today
Kyodo News|Kyodo
Yonhap
Anadolu Agency|Anadolu
Deutsche Welle|DW
Der Spiegel|Spiegel
Le Monde
Haaretz
The Times of Israel|Times of Israel
The Jerusalem Post|Jerusalem Post
Rudaw
Kurdistan 24
Al Arabiya
Sky News
ITV News
Daily Mail
The Sun
The Times
PolitiFact
FactCheck.org
Snopes
Gallup
`;
