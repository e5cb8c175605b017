// The demo project's decision library: decisions of an imaginary government, in the
// shape of the real decisions database (title, meeting start in Brussels time, summary).
// Sections cite them by `key`; links are built from title + meeting start like real ones.
import { buildDecisionLink } from '../../../core/links/decision-link';
import { brusselsToUtc } from '../../../core/time/brussels';
import { sha256Hex } from '../fs/sha256';
import type { Reference } from '../../../shared/models';
import type { DecisionRecord } from '../store/types';

interface DemoDecision {
  key: string;
  date: string;
  /** Brussels wall-clock start of the meeting. */
  time: string;
  title: string;
  text: string;
}

const DEMO_DECISIONS: DemoDecision[] = [
  { key: 'open-data-nota', date: '2019-12-13', time: '10:00', title: "Conceptnota 'Open data als standaard in de Demo-administratie'", text: 'De Regering Demo keurt de conceptnota goed die open data als standaard vastlegt voor alle entiteiten van de administratie. Datasets worden voortaan onder een open licentie gepubliceerd, tenzij privacy of veiligheid zich daartegen verzetten. Het agentschap Digitaal Demoland werkt een uitvoeringsplan uit.' },
  { key: 'hergebruik-voorontwerp', date: '2020-06-26', time: '10:00', title: 'Voorontwerp van decreet over het hergebruik van overheidsinformatie', text: 'De Regering Demo hecht haar principiële goedkeuring aan het voorontwerp van decreet dat het hergebruik van overheidsinformatie regelt. Het decreet vervangt drie bestaande regelingen en maakt gratis hergebruik de regel. Het voorontwerp gaat voor advies naar de Raad van State.' },
  { key: 'datademo', date: '2021-03-19', time: '10:00', title: "Oprichting van het centraal dataplatform 'DataDemo'", text: "De Regering Demo richt het centrale dataplatform 'DataDemo' op, waar alle open datasets van de administratie op één plek vindbaar zijn. Het platform gaat in het najaar van 2021 online en wordt beheerd door het agentschap Digitaal Demoland." },
  { key: 'hergebruik-decreet', date: '2022-02-04', time: '08:30', title: 'Ontwerp van decreet over het hergebruik van overheidsinformatie, definitieve goedkeuring', text: 'Na het advies van de Raad van State keurt de Regering Demo het ontwerp van decreet over het hergebruik van overheidsinformatie definitief goed en dient het in bij het parlement.' },
  { key: 'open-data-jaarrapport', date: '2023-05-12', time: '10:00', title: 'Jaarrapport open data 2022', text: 'De Regering Demo neemt kennis van het jaarrapport open data 2022. Het aantal gepubliceerde datasets verdubbelde tot 1.840. Een derde van de entiteiten publiceerde nog geen enkele dataset.' },
  { key: 'loket-programma', date: '2020-02-07', time: '10:00', title: "Programma 'Eén digitaal loket voor burgers en ondernemingen'", text: 'De Regering Demo start het programma dat alle digitale diensten van de overheid achter één loket bundelt. Burgers en ondernemingen geven hun gegevens nog maar één keer door.' },
  { key: 'loket-subsidie', date: '2020-11-20', time: '10:00', title: 'Toekenning van een subsidie aan steden en gemeenten voor de aansluiting op het digitaal loket', text: 'Steden en gemeenten krijgen samen 12 miljoen euro om hun eigen digitale diensten op het digitaal loket aan te sluiten.' },
  { key: 'loket-evaluatie', date: '2021-10-22', time: '10:00', title: 'Evaluatie van de eerste fase van het digitaal loket', text: 'De Regering Demo neemt kennis van de evaluatie van de eerste fase van het digitaal loket: 212 gemeenten zijn aangesloten en 61 procent van de aanvragen verloopt volledig digitaal.' },
  { key: 'loket-studietoelagen', date: '2022-09-30', time: '10:00', title: 'Uitbreiding van het digitaal loket met de aanvraag van studietoelagen', text: 'Vanaf het academiejaar 2022-2023 kunnen studenten hun studietoelage aanvragen via het digitaal loket. De gegevens over inkomen worden automatisch opgehaald.' },
  { key: 'digitale-inclusie', date: '2023-12-15', time: '10:00', title: "Digitale inclusie: actieplan 'Niemand digitaal achter'", text: 'Het actieplan ondersteunt burgers die moeilijk met digitale diensten overweg kunnen, onder meer met digitale hulppunten in bibliotheken en een telefonische hulplijn.' },
  { key: 'statuut-principieel', date: '2020-01-31', time: '10:00', title: 'Hervorming van het personeelsstatuut van de Demo-administratie, principiële goedkeuring', text: 'De Regering Demo hecht haar principiële goedkeuring aan de hervorming van het personeelsstatuut. Het nieuwe statuut vereenvoudigt de loopbanen en maakt contractuele aanwerving de regel voor ondersteunende functies.' },
  { key: 'telewerk', date: '2021-07-09', time: '11:00', title: 'Kader voor plaats- en tijdsonafhankelijk werken', text: 'Personeelsleden mogen tot drie dagen per week plaats- en tijdsonafhankelijk werken. De administratie krijgt een vergoeding voor thuiswerkkosten.' },
  { key: 'personeelsenveloppe', date: '2022-12-09', time: '10:00', title: 'Besparing op de personeelsenveloppe 2023-2024', text: 'De personeelsenveloppe daalt in 2023 en 2024 met telkens 2 procent. Vervangingen van vertrekkende personeelsleden worden beperkt.' },
  { key: 'statuut-definitief', date: '2024-03-22', time: '10:00', title: 'Hervorming van het personeelsstatuut, definitieve goedkeuring', text: 'Na onderhandelingen met de vakbonden keurt de Regering Demo het nieuwe personeelsstatuut definitief goed. Het treedt in werking op 1 januari 2025.' },
  { key: 'bb-timing', date: '2019-11-29', time: '10:00', title: "Invoering van basisbereikbaarheid: timing en vervoerregio's", text: "De Regering Demo legt de afbakening van de vervoerregio's vast en mikt op de invoering van basisbereikbaarheid op 1 januari 2022." },
  { key: 'bb-vervoerplannen', date: '2021-04-23', time: '10:00', title: "Vervoerplannen van de vervoerregio's Noord en Zuid", text: "De vervoerplannen van de vervoerregio's Noord en Zuid worden goedgekeurd. Ze beschrijven het kernnet, het aanvullend net en het vervoer op maat." },
  { key: 'bb-uitstel', date: '2022-06-17', time: '10:00', title: 'Uitstel van de invoering van basisbereikbaarheid tot 2024', text: 'Door vertraging bij de aanbesteding van het vervoer op maat wordt de invoering van basisbereikbaarheid uitgesteld tot januari 2024.' },
  { key: 'tramlijnen', date: '2023-09-08', time: '10:00', title: 'Investeringsprogramma tramlijnen 2024-2029', text: 'Het investeringsprogramma voorziet drie nieuwe tramlijnen en de verlenging van twee bestaande lijnen, voor samen 640 miljoen euro.' },
  { key: 'vervoer-op-maat', date: '2024-01-26', time: '08:30', title: "Start van het vervoer op maat in de vervoerregio's", text: "Het vervoer op maat start in alle vervoerregio's. Reizigers boeken een rit via één centrale mobiliteitscentrale." },
  { key: 'fietsbudget-2020', date: '2020-05-15', time: '10:00', title: 'Fietsbudget 2020: 150 miljoen euro voor fietsinfrastructuur', text: 'De Regering Demo trekt 150 miljoen euro uit voor fietsinfrastructuur, waarvan een derde voor fietssnelwegen.' },
  { key: 'fietsbudget-2023', date: '2023-03-10', time: '10:00', title: 'Fietsbudget 2023 en stand van zaken fietssnelwegen', text: 'Ook in 2023 gaat 150 miljoen euro naar fietsinfrastructuur. Van de geplande 2.400 kilometer fietssnelweg is 41 procent afgewerkt.' },
  { key: 'fietssnelwegen', date: '2021-02-12', time: '10:00', title: 'Fietssnelwegennetwerk: selectie van de prioritaire trajecten', text: 'Twintig trajecten van het fietssnelwegennetwerk krijgen voorrang. Ze moeten tegen 2024 afgewerkt zijn.' },
  { key: 'verkeersveiligheid', date: '2022-04-01', time: '10:00', title: 'Verkeersveiligheidsplan 2022-2026', text: 'Het verkeersveiligheidsplan richt zich vooral op fietsers en voetgangers, met veilige schoolroutes en een aanpak van gevaarlijke kruispunten.' },
  { key: 'renovatiepact', date: '2020-03-27', time: '10:00', title: 'Renovatiepact: langetermijnstrategie voor de renovatie van gebouwen', text: 'De langetermijnstrategie legt vast dat elke woning tegen 2050 energiezuinig moet zijn, met tussentijdse doelen voor 2030 en 2040.' },
  { key: 'renovatielening', date: '2021-06-04', time: '10:00', title: 'Renovatielening: verhoging van het maximale bedrag', text: 'Het maximale bedrag van de renteloze renovatielening stijgt van 50.000 naar 60.000 euro.' },
  { key: 'renovatieverplichting', date: '2022-10-21', time: '10:00', title: 'Renovatieverplichting bij verkoop van woningen vanaf 2023', text: 'Wie vanaf 2023 een woning met een slecht energieprestatiecertificaat koopt, moet ze binnen vijf jaar renoveren.' },
  { key: 'dakisolatie', date: '2023-11-24', time: '16:30', title: 'Bijsturing van de premies voor dakisolatie', text: 'De premies voor dakisolatie dalen met 20 procent en worden voortaan alleen nog toegekend na een energieaudit.' },
  { key: 'covid-noodmaatregelen', date: '2020-03-13', time: '08:00', title: 'COVID-19: noodmaatregelen voor ondernemingen', text: 'Ondernemingen die door de coronamaatregelen moeten sluiten, krijgen een eenmalige hinderpremie van 4.000 euro.' },
  { key: 'meerjarenbegroting', date: '2021-12-17', time: '10:00', title: 'Meerjarenbegroting 2022-2024', text: 'De meerjarenbegroting mikt op een begroting in evenwicht in 2024, met extra middelen voor zorg, onderwijs en infrastructuur.' },
  { key: 'digitale-ethiek', date: '2022-07-08', time: '10:00', title: 'Benoeming van de leden van de Raad voor Digitale Ethiek', text: 'Negen experten worden benoemd in de Raad voor Digitale Ethiek, die advies geeft over het gebruik van algoritmen door de overheid.' },
  { key: 'eindrapport', date: '2024-05-24', time: '10:00', title: 'Eindrapport van het regeerprogramma 2019-2024', text: 'De Regering Demo neemt kennis van het eindrapport over de uitvoering van haar regeerprogramma.' },
];

function meetingStartOf(d: DemoDecision): string {
  return brusselsToUtc(d.date, d.time);
}

/** The library records, as an import from the decisions database would store them. */
export function demoDecisionRecords(): DecisionRecord[] {
  return DEMO_DECISIONS.map((d) => {
    const meetingStart = meetingStartOf(d);
    return {
      id: sha256Hex(d.key).slice(0, 24).toUpperCase(),
      date: d.date,
      meetingStart,
      title: d.title,
      url: buildDecisionLink(d.title, meetingStart),
      text: `${d.title} ${d.text}`,
    };
  });
}

/** The reference list for decisions cited by key, numbered from 0 in the order given. */
export function demoReferences(keys: readonly string[]): Reference[] {
  return keys.map((key, number) => {
    const d = DEMO_DECISIONS.find((x) => x.key === key);
    if (!d) throw new Error(`Demo decision "${key}" does not exist.`);
    const meetingStart = meetingStartOf(d);
    return { number, date: d.date, meetingStart, title: d.title, url: buildDecisionLink(d.title, meetingStart) };
  });
}
