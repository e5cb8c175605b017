// The demo project's sections: short, realistic assessments of an imaginary
// government's agreement, in the report format's edit form (citations as `[n]`).
// Two carry deliberate defects so the checker has something to show:
// "Digitaal loket" lists a reference nobody cites, "Fietsbeleid" cites [4], which has no entry.
import type { Verdict, WorkflowStatus } from '../../../shared/models';
import type { NewSection } from '../store/types';
import { sha256Hex } from '../fs/sha256';
import { demoReferences } from './decisions';

interface DemoSection {
  path: string[];
  name: string;
  agreement: string;
  body: string;
  cites: string[];
  verdict: Verdict;
  verdictNote: string;
  status: WorkflowStatus;
}

const DEMO_SECTIONS: DemoSection[] = [
  {
    path: ['Bestuur', 'Digitale overheid'],
    name: 'Open data',
    agreement:
      '2.3.1 Open data Gegevens van de overheid zijn een gemeenschappelijk goed. [We stellen data maximaal en gratis ter beschikking als open data] en zorgen voor een centraal platform waar burgers, onderzoekers en ondernemingen ze vinden. Het hergebruik van overheidsinfor-matie regelen we in één decreet. ',
    body: [
      'Samenvatting',
      '',
      'De Regering Demo legde open data vast als standaard voor de hele administratie [0]. Het hergebruik van overheidsinformatie werd in één decreet geregeld: principieel goedgekeurd in 2020 [1], definitief in 2022 [2]. Het centrale dataplatform ‘DataDemo’ ging in 2021 van start [3].',
      '',
      '## Beoordeling',
      '',
      '- **Open data als standaard**: vastgelegd [0], maar zonder gevolg voor entiteiten die niets publiceren.',
      '- **Centraal platform**: gerealiseerd [3].',
      '- **Eén decreet**: gerealiseerd [1][2].',
      '',
      'Het jaarrapport over 2022 toont dat het aantal datasets verdubbelde, maar ook dat een derde van de entiteiten nog geen enkele dataset vrijgaf [4]. Dat data “maximaal” beschikbaar zijn, is daarmee niet aangetoond.',
    ].join('\n'),
    cites: ['open-data-nota', 'hergebruik-voorontwerp', 'hergebruik-decreet', 'datademo', 'open-data-jaarrapport'],
    verdict: 'partially-kept',
    verdictNote: 'Platform en decreet zijn er; een derde van de entiteiten publiceert nog niets.',
    status: 'final',
  },
  {
    path: ['Bestuur', 'Digitale overheid'],
    name: 'Digitaal loket',
    agreement:
      '2.3.2 Digitaal loket Burgers en ondernemingen regelen hun zaken met de overheid via [één digitaal loket], zodat ze hun gegevens maar één keer moeten doorgeven. Lokale besturen sluiten aan. ',
    body: [
      'Samenvatting',
      '',
      'Het programma voor één digitaal loket startte begin 2020 [0]. Steden en gemeenten kregen een subsidie om hun diensten aan te sluiten [1]; bij de evaluatie van de eerste fase waren 212 gemeenten aangesloten [2]. Sinds het academiejaar 2022-2023 kunnen ook studietoelagen via het loket worden aangevraagd [3].',
      '',
      'De afspraak is nagekomen: het loket bestaat en de lokale besturen sluiten aan.',
    ].join('\n'),
    // The last reference is listed but never cited: the checker reports it.
    cites: ['loket-programma', 'loket-subsidie', 'loket-evaluatie', 'loket-studietoelagen', 'digitale-inclusie'],
    verdict: 'kept',
    verdictNote: 'Het loket werkt en 212 gemeenten zijn aangesloten.',
    status: 'in-review',
  },
  {
    path: ['Bestuur'],
    name: 'Personeel',
    agreement:
      '2.5 Personeel We hervormen het personeelsstatuut tot een modern kader met meer ruimte voor plaats- en tijdsonafhankelijk werken. [De personeelsenveloppe daalt met 2 procent per jaar]. ',
    body: [
      'Samenvatting:',
      '',
      'De hervorming van het personeelsstatuut werd in januari 2020 principieel goedgekeurd [0]. In 2021 kwam er een kader voor plaats- en tijdsonafhankelijk werken [1]. De personeelsenveloppe daalt in 2023 en 2024 met telkens 2 procent [2].',
      '',
      'Het nieuwe statuut werd pas in maart 2024 definitief goedgekeurd en treedt in werking op 1 januari 2025 [3]. Of het de loopbanen echt vereenvoudigt, valt binnen deze regeerperiode niet meer na te gaan.',
    ].join('\n'),
    cites: ['statuut-principieel', 'telewerk', 'personeelsenveloppe', 'statuut-definitief'],
    verdict: 'in-progress',
    verdictNote: 'Statuut goedgekeurd, maar nog niet in werking.',
    status: 'draft',
  },
  {
    path: ['Mobiliteit', 'Openbaar vervoer'],
    name: 'Basisbereikbaarheid',
    agreement:
      '4.2.1 Basisbereikbaarheid We voeren basisbereikbaarheid in tegen [1 januari 2022]: per vervoerregio een vervoerplan met een kernnet, een aanvullend net en vervoer op maat. We investeren in nieuwe tramlijnen. ',
    body: [
      '### Stand van zaken',
      '',
      "Na de beslissing over de timing en de afbakening van de vervoerregio's [0] keurden de regio's hun vervoerplannen goed in 2021 [1]. In 2022 werd de invoering uitgesteld tot 2024 [2]. Voor de tramlijnen ligt er een investeringsprogramma voor 2024-2029 [3]. Het vervoer op maat startte in januari 2024 [4].",
      '',
      'De hervorming kwam er, maar twee jaar later dan afgesproken.',
    ].join('\n'),
    cites: ['bb-timing', 'bb-vervoerplannen', 'bb-uitstel', 'tramlijnen', 'vervoer-op-maat'],
    verdict: 'partially-kept',
    verdictNote: 'Ingevoerd in 2024 in plaats van 2022.',
    status: 'final',
  },
  {
    path: ['Mobiliteit'],
    name: 'Fietsbeleid',
    agreement:
      '4.4 Fietsbeleid We maken van onze regio een fietsregio: [we investeren jaarlijks minstens 150 miljoen euro in fietsinfrastructuur] en werken de fietssnelwegen af. ',
    body: [
      'Samenvatting',
      '',
      '1. De regering trok in 2020 150 miljoen euro uit voor fietsinfrastructuur [0]; ook in 2023 was dat zo [1]. Dat het bedrag jaarlijks minstens zo hoog lag, blijkt uit de begrotingen.',
      '2. Twintig prioritaire trajecten van het fietssnelwegennetwerk werden in 2021 geselecteerd [2].',
      '3. Het verkeersveiligheidsplan richt zich vooral op fietsers en voetgangers [3].',
      '4. Een evaluatie van de afgewerkte fietssnelwegen ontbreekt [4].',
      '',
      'De investeringsbelofte is nagekomen; van de fietssnelwegen was begin 2023 minder dan de helft afgewerkt.',
    ].join('\n'),
    // [4] above has no entry: the checker reports a citation without a reference.
    cites: ['fietsbudget-2020', 'fietsbudget-2023', 'fietssnelwegen', 'verkeersveiligheid'],
    verdict: 'not-rated',
    verdictNote: '',
    status: 'draft',
  },
  {
    path: ['Klimaat en energie'],
    name: 'Renovatie van woningen',
    agreement:
      '6.1 Renovatie van woningen Met een renovatiepact maken we tegen 2050 elke woning energie-zuinig. We voeren een renovatieverplichting in bij verkoop en [we verhogen de renovatiepremies]. ',
    body: [
      'Samenvatting',
      '',
      'Het renovatiepact legt de langetermijnstrategie tot 2050 vast [0]. De renteloze renovatielening werd verhoogd tot 60.000 euro [1] en sinds 2023 geldt een renovatieverplichting bij de verkoop van slecht geïsoleerde woningen [2].',
      '',
      'De premies voor dakisolatie werden in 2023 echter met 20 procent verlaagd en aan een energieaudit gekoppeld [3]. Dat gaat in tegen de belofte om de renovatiepremies te verhogen.',
    ].join('\n'),
    cites: ['renovatiepact', 'renovatielening', 'renovatieverplichting', 'dakisolatie'],
    verdict: 'partially-kept',
    verdictNote: 'Pact en verplichting zijn er; de premies daalden.',
    status: 'in-review',
  },
];

export function demoSections(): NewSection[] {
  return DEMO_SECTIONS.map((s, order) => ({
    path: s.path,
    name: s.name,
    order,
    heading: s.name,
    agreement: s.agreement,
    body: s.body,
    references: demoReferences(s.cites),
    verdict: s.verdict,
    verdictNote: s.verdictNote,
    status: s.status,
    agreementChecksum: sha256Hex(s.agreement),
  }));
}
