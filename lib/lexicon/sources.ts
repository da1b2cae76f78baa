import type { SourceId } from './types.ts';

/** One public source a lexicon explanation or checklist question relies on. */
export interface Source {
  id: SourceId;
  /** Organisation or authors. */
  org: string;
  title: string;
  /** Year of publication (the first one where a source spans several). */
  year: number;
  /** Web address, or a DOI / PMC identifier where there is no stable page. */
  url: string;
}

function s(id: SourceId, org: string, title: string, year: number, url: string): Source {
  return { id, org, title, year, url };
}

/** The domain reference's source key, by id (S40 to S42 are unused there). */
export const SOURCES: Record<SourceId, Source> = Object.fromEntries(
  [
    s('S1', 'US FDA (CBER)', 'Important Patient and Consumer Information About Regenerative Medicine Therapies', 2021, 'https://www.fda.gov/vaccines-blood-biologics/consumers-biologics/important-patient-and-consumer-information-about-regenerative-medicine-therapies'),
    s('S2', 'US FDA', 'Consumer Alert on Regenerative Medicine Products Including Stem Cells and Exosomes', 2020, 'https://www.fda.gov/vaccines-blood-biologics/consumers-biologics/consumer-alert-regenerative-medicine-products-including-stem-cells-and-exosomes'),
    s('S3', 'US FDA', 'Public Safety Notification on Exosome Products', 2019, 'https://www.fda.gov/about-fda/medical-product-safety-information/public-safety-alert-due-marketing-unapproved-stem-cell-and-exosome-products'),
    s('S4', 'US FDA', 'Consumer Update: FDA Warns About Stem Cell Claims (archived copy of fda.gov/ForConsumers/ConsumerUpdates/ucm286155.htm)', 2012, 'https://cybercemetery.unt.edu/'),
    s('S5', 'US FDA (CFSAN)', 'Warning Letter to Lancôme USA (reported by RAPS Regulatory Focus, 11 Sep 2012)', 2012, 'RAPS Regulatory Focus, 11 Sep 2012'),
    s('S6', 'US FDA', 'Approval of Ryoncil (remestemcel-L-rknd), the first MSC therapy', 2024, 'https://www.pharmacytimes.com/view/remestemcel-l-rknd-receives-fda-approval-for-sr-agvhd-in-pediatric-patients'),
    s('S7', 'US Courts of Appeals', 'US v. US Stem Cell Clinic (11th Cir. 2021); US v. California Stem Cell Treatment Center (9th Cir. 2024)', 2021, '998 F.3d 1302 (11th Cir. 2021); No. 22-56014 (9th Cir. 2024)'),
    s('S8', 'US FTC', 'Regenerative Medical Group: complaint, settlement and refunds for amniotic stem cell therapy marketing', 2018, 'https://www.ftc.gov/news-events/news/press-releases/2019/04/ftc-returns-almost-515000-consumers-who-bought-deceptively-marketed-amniotic-stem-cell-therapy'),
    s('S9', 'US FTC and Georgia Attorney General', 'FTC & Georgia v. Peyroux et al. (Stem Cell Institute of America)', 2021, 'https://law.georgia.gov/press-releases/2021-08-17/carr-ftc-hold-companies-accountable-deceptive-claims-regarding-stem-cell'),
    s('S10', 'US FTC', 'Health Products Compliance Guidance', 2022, 'https://www.ftc.gov/business-guidance/resources/health-products-compliance-guidance'),
    s('S11', 'US FTC', 'Guides Concerning the Use of Endorsements and Testimonials in Advertising, 16 CFR Part 255', 2023, 'https://www.ecfr.gov/current/title-16/chapter-I/subchapter-B/part-255'),
    s('S12', 'ISSCR', 'Patient Handbook on Stem Cell Therapies', 2008, 'https://www.isscr.org/'),
    s('S13', 'ISSCR', 'A Closer Look at Stem Cells: What to Ask a Stem Cell Clinic; Frequently Asked Questions', 2010, 'https://www.closerlookatstemcells.org/What_to_Ask.html'),
    s('S14', 'ISSCR', 'Guidelines for Stem Cell Research and Clinical Translation: Unproven Cell Products', 2021, 'https://www.isscr.org/policy/guidelines-for-stem-cell-research-and-clinical-translation/key-topics/unproven-cell-products'),
    s('S15', 'ISSCR Task Force', 'Patients Beware: Commercialized Stem Cell Treatments on the Web (Cell Stem Cell 7:43–49)', 2010, 'doi:10.1016/j.stem.2010.06.001'),
    s('S16', 'Turner L, Knoepfler P', 'Selling Stem Cells in the USA: Assessing the Direct-to-Consumer Industry (Cell Stem Cell 19:154–157)', 2016, 'doi:10.1016/j.stem.2016.06.007'),
    s('S17', 'Knoepfler PS', "The Stem Cell Hard Sell: Report from a Clinic's Patient Recruitment Seminar (Stem Cells Transl Med 6:14–16)", 2017, 'PMC5442738'),
    s('S18', 'Sipp D, Caulfield T, et al.', 'Marketing of unproven stem cell-based interventions: A call to action (Sci Transl Med 9:eaag0426)', 2017, 'doi:10.1126/scitranslmed.aag0426'),
    s('S19', 'Lau D, Ogbogu U, Caulfield T, et al.', 'Stem cell clinics online: the direct-to-consumer portrayal of stem cell medicine (Cell Stem Cell 3:591–594)', 2008, 'doi:10.1016/j.stem.2008.11.001'),
    s('S20', 'Murdoch B, Zarzeczny A, Caulfield T', "Exploiting science? CAM clinic websites' marketing of stem cell therapies (BMJ Open 8:e019414)", 2018, 'PMC5855243'),
    s('S21', 'Frow EK, et al.', 'Weighing up the evidence used by direct-to-consumer stem cell businesses (Stem Cell Reports)', 2021, 'doi:10.1016/j.stemcr.2021.10.007'),
    s('S22', 'Turner L', 'ClinicalTrials.gov, stem cells and "pay-to-participate" clinical studies (Regen Med 12:705–719)', 2017, 'doi:10.2217/rme-2017-0015'),
    s('S23', 'Turner L, et al.', 'Safety, efficacy and regulatory claims made by US businesses marketing purported stem cell treatments and exosome therapies (Regen Med)', 2023, 'Regen Med 2023'),
    s('S24', 'Asadpour A, et al.', 'Uncovering the gray zone: direct-to-consumer businesses offering secretome, extracellular vesicle and exosome interventions (Stem Cell Res Ther 14:111)', 2023, 'doi:10.1186/s13287-023-03335-2'),
    s('S25', 'Kuriyan AE, et al.', 'Vision Loss after Intravitreal Injection of Autologous "Stem Cells" for AMD (NEJM 376:1047–1053)', 2017, 'doi:10.1056/NEJMoa1609583'),
    s('S26', 'US CDC', 'Investigation of Presumptive HIV Transmission Associated with PRP Microneedling Facials at a Spa, New Mexico 2018–2023 (MMWR 73(16))', 2024, 'https://www.cdc.gov/mmwr/volumes/73/wr/mm7316a3.htm'),
    s('S27', 'ASAPS & ASPS', 'Position Statement on Stem Cells and Fat Grafting (Plast Reconstr Surg 129:285–287)', 2012, 'doi:10.1097/PRS.0b013e3182362caf'),
    s('S28', 'UK ASA', 'Ruling on Go Groopie Ltd ("Apple Stem Cell Serum"), A13-232087', 2013, 'https://www.asa.org.uk/rulings/Go-Groopie-Ltd-A13-232087.html'),
    s('S29', 'UK ASA', 'Ruling on Procter & Gamble t/a Braun, G23-1181324 ("permanent visible hair removal")', 2023, 'https://www.asa.org.uk/rulings/procter---gamble-g23-1181324-procter--gamble.html'),
    s('S30', 'UK CAP', 'Advice Online: Hair: hair removal; Hair: hair loss', 2013, 'https://www.asa.org.uk/advice-online/hair-hair-loss.html'),
    s('S31', 'UK ASA/CAP', 'Cosmetic interventions: non-surgical procedures (incl. 2025 liquid-BBL rulings) and CAP cosmetic interventions guidance', 2025, 'https://www.asa.org.uk/advice-online/cosmetic-interventions-non-surgical-procedures.html'),
    s('S32', 'UK ASA', 'Rulings against UK-targeted ads by clinics in Türkiye (reported in DWF\'s ASA round-up, 27 Sep 2023)', 2023, 'https://www.dwfgroup.com/'),
    s('S33', 'UK ASA', 'Rulings on hair-loss and cosmetic clinics (Belgravia Centre, Lamphall, UK Hair Loss Clinics, Hair Growth Centre, Easylife, Advanced Hair Studio)', 2011, 'https://www.asa.org.uk/rulings/'),
    s('S34', 'European Commission', 'Regulation (EU) No 655/2013: common criteria for the justification of claims for cosmetic products', 2013, 'https://eur-lex.europa.eu/eli/reg/2013/655/oj'),
    s('S35', 'Australian TGA', 'Advertising stem cell and other human cell or tissue (HCT) products', 2018, 'https://www.tga.gov.au/resources/guidance/advertising-stem-cell-and-other-human-cell-or-tissue-hct-products'),
    s('S36', 'BBB National Programs (NAD/NARB)', 'NARB recommends Biologic Solutions discontinue claims for "Stem Cell Therapy Skin Cream"', 2012, 'https://bbbprograms.org/media-center/'),
    s('S37', 'US National Cancer Institute', 'NCI Dictionary of Cancer Terms: noninvasive', 2024, 'https://www.cancer.gov/publications/dictionaries/cancer-terms/def/noninvasive'),
    s('S38', 'COFEPRIS (Mexico)', 'Cell-therapy unit suspension; July 2020 notice on stem-cell therapies; "productos engaño" (press reports)', 2020, 'Press reports: plenilunia.com, unotv.com, proyectopuente.com.mx'),
    s('S39', 'Republic of Türkiye Ministry of Health', 'Regulation on promotion and information activities in health services', 2023, 'Resmî Gazete (29 Jul 2023; new version 12 Nov 2025)'),
    s('S43', 'Survey of Florida clinics', 'Clinics advertising cell therapy for heart failure: self-reported success rates and costs', 2020, 'PMC7367235'),
    s('S44', 'Abertay University authors', 'Stem cell clinics in the UK: a web-based study (Regen Med 16:1029–1036)', 2021, 'https://rke.abertay.ac.uk/'),
    s('S45', 'US HHS SACHRP', 'Attachment A: Charging Subjects for Clinical Trial Participation', 2019, 'https://www.hhs.gov/ohrp/sachrp-committee/recommendations/november-20-2019-attachment-a'),
    s('S46', 'Olumesi KR, Goldberg DJ', 'A review of exosomes and their application in cutaneous medical aesthetics (J Cosmet Dermatol)', 2023, 'doi:10.1111/jocd.15930'),
    s('S47', 'Turner L', 'The American stem cell sell in 2021 (Cell Stem Cell)', 2021, 'Cell Stem Cell 2021'),
    s('S48', 'Hassoun M, et al.', 'Online seminars as an information source for direct-to-consumer stem cell therapy (Regen Med)', 2021, 'Regen Med 2021'),
    s('S49', 'US FTC', '2012 settlements with window marketers over "up to" energy-savings claims', 2012, 'https://www.ftc.gov/'),
  ].map((src) => [src.id, src]),
);
