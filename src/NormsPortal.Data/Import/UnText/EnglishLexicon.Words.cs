// Data, not hand-written code: every word (a run of the letters a-z, lower-cased, not touching a
// digit) that occurs in at least three of the English General Assembly resolutions of sessions 74
// to 78 in the United Nations' Akoma Ntoso release (source: United Nations), leaving out one-letter
// words other than "a" and "i" and two-letter abbreviations ("aa", "bb", "cd" ...). Kept in
// alphabetical order, one space apart.
namespace NormsPortal.Data.Import.UnText;

public static partial class EnglishLexicon
{
    private const string Words = """
        a ababa abaca abandon abandoned abandonment abate abbas abbreviations abduct abductee abductees
        abduction abductions abdulaziz abdullah abet abhorrent abide abiding abidjan abilities ability abkhazia
        able abolish abolished abolishing abolishment abolition abortion abortions about above abreast
        abridgement abroad abrogation abrupt abruptly absence absent absenteeism absentia absolute absorb
        absorptive abstain abstracts abu abuja abundance abuse abused abuses abusing abusive abyei academia
        academic academics academy accede acceded acceding accelerate accelerated accelerating acceleration
        accelerator accelerators accentuated accept acceptability acceptable acceptance acceptances accepted
        accepting accepts access accessibility accessible accessing accession accessions accident accidental
        accidents accommodate accommodation accommodations accompanied accompanies accompany accompanying
        accomplices accomplish accomplished accomplishing accomplishment accord accordance accorded according
        accordingly accords account accountability accountable accountant accounted accounting accounts accra
        accreditation accredited accrediting accruing accumulated accumulation accuracy accurate accurately
        accusations accused achievable achieve achieved achievement achievements achieving acidification acidity
        acknowledge acknowledged acknowledgement acknowledges acknowledging acquire acquired acquiring
        acquisition across act acting action actionable actions activation active actively activists activities
        activity actor actors acts actual actually actuarial acute acutely adapt adaptability adaptable
        adaptation adapted adapting adaptive add added addenda addendum adding addis addition additional
        additionally additions address addressed addresses addressing adds aden adequacy adequate adequately
        adha adhere adhered adherence adhering adjacent adjourn adjudicate adjudicating adjudication
        adjudicators adjust adjusted adjusting adjustment adjustments administer administered administering
        administration administrations administrative administrators admissible admission admitting adolescence
        adolescent adolescents adopt adopted adopting adoption adopts adult adulthood adults advance advanced
        advancement advancements advances advancing advantage advantageous advantages adversarial adverse
        adversely advertising advice advise adviser advisers advising advisory advocacy advocate advocated
        advocates advocating aegean aerial aesthetic affairs affect affected affecting affects affiliated
        affiliates affiliation affirm affirmation affirmative affirmed affirming affirms afflict afford
        affordability affordable afforded affording afforestation affront afghan afghanistan afghans afloat
        aforementioned africa african africanism africans afrophobia afrophobic after aftercare aftermath
        afternoon again against age aged ageing ageism agencies agency agenda agendas agent agents ages
        aggravate aggravated aggravates aggravating aggravation aggregate aggregated aggregates aggregating
        aggression aggressive agile agility ago agrarian agree agreed agreeing agreement agreements agrees
        agribusiness agricultural agriculture agrifood agro agrobiodiversity agroclimatological agroecological
        agroecology agroecosystems agroforestry agrometeorological ahead ahmad ahmar aichi aid aids aim aimed
        aiming aims air aircraft aires airlines airport airports alarm alarmed alarming alarmingly albania
        albatrosses albinism alcohol aleppo alert alerting alerts alexandria alexei algal algeria algiers
        algorithmic algorithms alia alien align aligned aligning alignment alike all allay allegation
        allegations alleged allegedly alleges alleviate alleviating alleviation alliance alliances allied allies
        allocate allocated allocating allocation allocations allow allowance allowances allowed allowing allows
        alluvial alma almaty almost alone along alongside alpine alps already also alter alteration altered
        altering alternate alternates alternative alternatively alternatives although alumni always amateur
        ambassadors ambition ambitions ambitious ameliorating amelioration amend amended amending amendment
        amendments amerasinghe america american americas amicable amid amman ammunition ammunitions amnesty
        among amount amounted amounting amounts amphetamine ample amplified amplifies amplify amplifying an
        analyse analyses analysing analysis analyst analytical analytics ancestral anchored ancient ancillary
        and andean andorra angeles angola anguilla animal animals ankara anna annex annexation annexed annexes
        annihilate anniversaries anniversary announce announced announcement announcements annual annually annum
        anomalies anonymity another anse answers antagonists antalya antarctic ante antenatal anthem
        anthropogenic anti anticipate anticipated anticipates anticipating anticipation anticipatory antigua
        antimicrobial antiretroviral antisemitism antiviral any anyone anywhere apart apartheid apec apologies
        apologize appeal appealing appeals appear appeared appearing appears appendices appendix applicability
        applicable applicant applicants application applications applied applies apply applying appoint
        appointed appointing appointment appointments appoints apportion apportioned apportionment appraisal
        appraisals appraise appreciated appreciates appreciating appreciation apprehended apprehension
        apprenticeships apprise apprised approach approached approaches approaching appropriate appropriated
        appropriately appropriates appropriation appropriations approval approvals approve approved approves
        approving approximately april aquaculture aquatic arab arabia arabic arabophobic arabs arakan aral
        arbitral arbitrarily arbitrary arbitration arbitrators archaeological archipelagic architect
        architectural architecture archive archived archives archiving arctic are area areas arena arenas
        argentina argument arguments arid arise arisen arises arising ark arm armaments armed armenia armistice
        arms army arose around arrange arrangement arrangements arranging array arrears arrest arrested
        arresting arrests arrival arrived arsenals arson art artefacts article articles articulate articulated
        articulation artificial artisanal artistic artists arts aruba arusha as ascent ascertain ascertained
        ascertaining asean ashgabat asia asian asians asked asks aspect aspects aspiration aspirational
        aspirations aspires assassinations assault assaulted assaults assemble assembled assemblies assembly
        asserted asserting assess assessed assesses assessing assessment assessments assessors asset assets
        assign assigned assigning assignment assignments assimilation assisi assist assistance assistant
        assistants assisted assisting assistive assists associate associated associates association associations
        assume assumed assuming assumption assumptions assurance assurances assure assured assures assuring
        astana asteroid asthma astronauts aswan asylum at ata atarib athens athletes athletic athletics atlantic
        atmosphere atoll atolls atomic atrocious atrocities atrocity attach attached attaches attachment attack
        attacked attacking attacks attain attainable attained attaining attainment attempt attempted attempting
        attempts attend attendance attendant attendants attended attending attention attesting attitude
        attitudes attitudinal attract attracted attracting attractions attractive attracts attributed attributes
        audience audiences audiovisual audit audited auditing auditor auditors audits augment augmenting august
        auspices austerity australia austria authentic authentication author authoritative authorities authority
        authorization authorizations authorize authorized authorizes authorizing autism automated automatic
        automation autonomous autonomy auxiliaries auxiliary avail availability available availing avalanches
        avec avena avenues average averages avert averting aviation avoid avoidance avoided avoiding avoids
        awaiting award awarded awarding awards aware awareness away awaza azerbaijan azeris azhar azov bab back
        backdrop backed background backgrounds backlog backstopping bacteriological baha bahamas bahir bahrain
        bail bains bait baku balaclava balance balanced balances balancing bali ballast ballistic ballot
        balloting balochis baltic bamako ban banditry bangalore bangkok bangla bangladesh bangui bank bankable
        banking banks banned banning bans barbados barbuda barcelona bare bared barely bargain bargaining
        barometer barrel barrier barriers base based basel baseless baseline baselines basements bases basic
        basin basis basket bata bathymetric bathymetry battle bay be beach bear bearing bears beatings beautiful
        became because become becomes becoming bedouin bee been before began begin beginning begun behalf
        behaviour behavioural behaviours behind beijing being beings beirut belarus belgium belgrade belief
        beliefs believe believing belize belong belonging below belts benchmark benchmarks beneath beneficial
        beneficially beneficiaries beneficiary benefit benefited benefiting benefits benin benthic berdyansk
        berlin bermuda besides besieged best bethlehem better between beyond bhashan bhutan biannually bias
        biases bid bidirectional biennial biennialization biennially biennium big bigger biggest bike bilateral
        bilaterally bill billion bin binding bio biodegradable biodiversity bioenergy biofouling biogenic
        biogeographic biological biologically biomass biometric biosafety biotechnologies birth births bis
        bishkek bissau black bleaching bleak blended blind blinding blindness block blockade blockchain blocked
        blocking blocks bloggers blood blooms blows blue blueprint blueprints bms board boarding boards bodies
        body boko bold bolivarian bolivia bolster bolstering bombardments bombings bombs bond bondage bonded
        bondholders bonds bonn bono booby books boost boosting border bordering borders boreal born borne borrow
        borrowers borrowing bosnia both botswana bottlenecks bottom bound boundaries boundary boys brackets
        brain brainstorming branch branches brand brasilia brazil brazzaville breach breached breaches breadth
        break breakage breakdown breaking breakthrough breakthroughs breastfed breastfeeding breeding bretton
        bribery bridge bridges bridgetown bridging brief briefing briefings briefs brindisi bring bringing
        brings brisbane britain british broad broadband broadcast broadcasters broadcasting broaden broadened
        broadening broader broadest broadly broken brokering brokers brought browne brunei brussels brutal
        budapest budget budgetary budgeting budgets buenos buffer buffers build building buildings builds built
        bulgaria bulk bulletin bullying buoy buoys burden burdens burdensome bureau bureaux burial burials
        burkina burning burton burundi busan bush business businesses but buyers bwc bwm by bycatch bypass cable
        cables cabo cac cadres caesar caicos cairo calcareous calciferous calculated calculation caledonia
        caledonian caledonians calendar call called calling calls calm cambodia came camelids camera cameroon
        camp campaign campaigns camps campus campuses can canada cancellation cancellations cancer cancers
        cancun candid candidate candidates cannabis cannot cap capabilities capability capable capacities
        capacity cape capita capital capitalization capitalized capitalizing captivity capture captures car
        carbon carcass card cardinal cardiovascular cards care career careers careful carefully caregiver
        caregivers caregiving cargo cargoes caribbean caring carnets carpathians carriage carried carries carry
        carrying cartagena cascading case caseload cases cash cast casting castries casualties casualty cat
        catalyse catalysing catalyst catalysts catalytic catalytically catastrophe catastrophic catch catches
        categories category cater catering catholics caucus caught cause caused causes causing caution cave
        cavitation cayman cbd ccm ccw cease ceased ceasefire ceasefires ceb ced cedaw ceiba celebrate celebrated
        celebrates celebrating celebration celebrations celebratory celestial cell cells celsius cemeteries
        censor censorship census censuses cent centenary center centered centers central centrality centralized
        centre centred centres centric centuries century ceremonial ceremony certain certainly certainty
        certificate certificates certification certified certifies certify certiorari cessation cession
        cetaceans cgiar chad chain chains chair chaired chairing chairman chairmanship chairperson chairs
        challenge challenged challenges challenging chamber chambers chamoru chamorus champion championed
        championships chance chances change changed changes changing channel channelled channelling channels
        chap chapoltepek chaps chapter chapters char character characteristics characterization characterize
        characterized characterizing characters charcoal charge chargeable charged charges charitable chart
        charter chartering charting charts cheaper checking checkpoints checks chemical chemicals chemistry
        chernobyl chersonese chief chiefs child childbearing childbirth childcare childhood children chile chin
        china chinese chlorine choice choices cholera choose choosing chora chosen christianophobia christians
        christmas chronic chronically chronicle church circ circa circle circles circuit circular circulate
        circulated circulation circulatory circumstance circumstances circumvent cites cities citizen citizens
        citizenship city civic civil civilian civilians civility civilization civilizations claim claimed
        claiming claims clan clarification clarify clarifying clarion clarity class classes classification
        classifications classified classifies classroom clause clauses clcs clean cleaner clear clearance
        clearer clearing clearly client clients climate climates climatic clinical clinically clinics clipperton
        close closed closely closer closing closure closures clothing cloud clout club clubs cluster clusters
        cma cmp cmw coaches coal coalition coalitions coast coastal coastline coastlines coasts cobalt coca
        cochabamba code codes codification codified coerce coercion coercive coexist coexistence cofi cogens
        cognitive cognizant cohabitation coherence coherent coherently cohesion cohesive coincide coincides
        coinciding coir cold collaborate collaborated collaborating collaboration collaborations collaborative
        collaboratively collation collect collected collecting collection collections collective collectively
        collectors collisions colloquium colombia colonial colonialism colour columbia combat combatants
        combating combination combinations combine combined combines combining come comes coming command
        commemorate commemorated commemorating commemoration commemorations commemorative commence commenced
        commencement commencing commend commendable commendation commended commending commends commensurate
        comment commentaries commentary comments commerce commercial commercialization commercially commission
        commissioned commissioner commissions commit commitment commitments commits committed committee
        committees committing commodities commodity common commonly commonwealth communal communicable
        communicate communicated communicating communication communications communique communities community
        commutation commute comorbidities comoros compact compacts companies company comparability comparable
        comparably comparative comparator comparators compared comparison comparisons compassion compatibility
        compatible compel compelled compelling compendium compensate compensating compensation compete
        competence competences competencies competent competing competition competitions competitive
        competitiveness compilation compilations compile compiled compiling complainants complaint complaints
        complement complementarities complementarity complementary complemented complementing complements
        complete completed completely completeness completing completion complex complexity compliance compliant
        complicate complications complied complies comply complying component components compose composed
        composition compostela compound compounded compounding compounds comprehend comprehensible comprehension
        comprehensive comprehensively comprehensiveness comprise comprised comprises comprising compromise
        compromised compromising compulsory computer computing conceal concentrate concentrated concentration
        concentrations concept conception concepts conceptual conceptualization concern concerned concerning
        concerns concert concerted concession concessional concessionary concessions conciliation conciliative
        concise conclude concluded concluding conclusion conclusions conclusive concrete concurrence concurrent
        concurrently condemn condemnable condemnation condemned condemning condemns condition conditional
        conditionalities conditionality conditioned conditioning conditions condolences condone condoned
        conducive conduct conducted conducting conducts conf conference conferences conferred confers confession
        confessions confidence confident confidential confidentiality configurations confined confinement
        confines confirm confirmation confirmed confirming confirms confiscate confiscated confiscating
        confiscation confiscations conflict conflicting conflicts confluence conform conformance conformity
        conforms confront confrontation confronted confronting congo congratulates congress congresses congruent
        conjunction conjunctural connect connected connecting connection connections connectivity conscience
        conscious consciousness conscription consecutive consensual consensus consent consents consequence
        consequences consequent consequential consequently conservation conserve conserved conserving consider
        considerable considerably consideration considerations considered considering considers consist
        consistency consistent consistently consisting consists consolidate consolidated consolidating
        consolidation consortium conspire constant constantly constituencies constitute constituted constitutes
        constituting constitution constitutional constitutions constrain constrained constraining constraint
        constraints constructed constructing construction constructive constructively construed consular consult
        consultancy consultant consultants consultation consultations consultative consulted consulting consume
        consumed consumer consumers consuming consumption contact contacts contain contained containers
        containing containment contains contaminants contaminated contamination contemplated contemporary
        content contentious contents contest context contexts contextualize contextualized contextually
        contiguity contiguous continent continental continents contingency contingent contingents continually
        continuation continue continued continues continuing continuity continuous continuously continuum
        contraception contract contracted contracting contraction contractor contractors contracts contractual
        contradictory contrary contrast contravene contravention contribute contributed contributes contributing
        contribution contributions contributor contributors contributory control controlled controlling controls
        convene convened convenience convenient convening convention conventional conventions convergence
        converging conversations conversion conversions convert converted convertibility convey conveyed
        convicted conviction convictions convinced convoys cooking cooling cooperate cooperated cooperating
        cooperation cooperative cooperatively cooperatives coordinate coordinated coordinates coordinating
        coordination coordinator coordinators cop cope copenhagen copies coping copy coral corals cords core
        corners cornerstone corollary coronavirus corporate corporations corr correct correcting correction
        correctional corrections corrective correlated correlation correspond correspondence correspondent
        correspondents corresponding corridor corridors corrigenda corrigendum corrupt corruption cortina cosp
        cost costa costed costing costly costs cote cotonou could council councils counsel counselling
        counsellors count counter counteract countercyclical counterfeiting countering countermeasure
        countermeasures counterparts counterterrorism countless countries country counts county coupled coupling
        courage courageous course courses court courts covax covenant covenants cover coverage covered covering
        covers covert covid cowardly craft crafting crafts crash crashes crc create created creates creating
        creation creative creativity creators credentials credibility credible credibly credit credited creditor
        creditors credits creditworthiness crescent crew crews crime crimea crimean crimes criminal criminality
        criminalization criminalize criminalizing criminally criminals crises crisis criteria criterion critical
        criticality critically criticism croatia crop cropping crops cross crossed crossing crossings crowd crp
        crpd crucial crucially cruel crustaceans crusts cryosphere cryptoassets csp ctoc cuba cuban culminate
        culminated culminating culpable cultivate cultivation cultural culturally culture cultures cumulative
        cup curative curb curbing cure currencies currency current currently curricula curriculum cushions
        custodial custodian custodians custodianship custody custom customary customer customers customs cut
        cuts cutting cyberbullying cybercrime cyberenvironment cybersecurity cyberspace cyberstalking cycle
        cycles cycling cyclones cyprus czechia dag daiichi daily dakar damage damaged damages damaging damascus
        danger dangerous dangers dar darfur dark darknet darussalam dashboard data database databases date dated
        dates datums davis day days deactivate dead deadline deadlines deadlock deadly deaflympics deal dealing
        dealings deals dealt death deaths debate debates debilitating debris debt debtor debtors dec decade
        decades deceased december decent decentralization decentralized decide decided decides deciding decision
        decisions decisive decisively decl declaration declarations declaratory declare declared declares
        declaring decline declined declines declining decolonization deconflicted deconfliction decrease
        decreased decreases decreasing dedicate dedicated dedicating dedication deeds deem deemed deems deep
        deepdata deepen deepened deepening deeper deeply defamation default defeat defeated defecation defence
        defences defend defendants defenders defending defer deferred defiance deficiencies deficient deficit
        deficits define defined defines defining definition definitions definitive deforestation defray
        defraying defuse degradation degrade degraded degrading degree degrees delay delayed delaying delays
        delegate delegates delegation delegations delete deleterious delhi deliberate deliberately deliberation
        deliberations deliberative delicate delimitation delineation delinquency delist deliver deliverables
        delivered deliveries delivering delivers delivery delphi deltas demand demanded demanding demands
        demining demobilization democracies democracy democratic democratically democratization demographic
        demographics demography demolish demolition demolitions demonstrable demonstrate demonstrated
        demonstrates demonstrating demonstrations demonstrators denial denied denigrate denigrating denigration
        denmark denomination densely denuclearization deny denying deoxygenation department departmental
        departments departure depend dependants dependence dependency dependent depending depends depicted
        deplete depleted depletion deplorable deplores deploring deploy deployed deploying deployment
        deployments deport deportation deportations deported deporting deposit depositaries depositary deposited
        depositguidelinesenglish depository depression deprivation deprivations deprive deprived depriving depth
        depts deputization deputy deradicalization deregulation derelict derivation derivatives derived deriving
        dermatological derogable derogatory dervishes des desalination descendants descent described describes
        description desecrate desecration desert desertification deserts deserve design designate designated
        designating designation designed designing desirability desirable desire desired desires desirous desist
        desisting desks despair desperate despite destabilization destabilize destabilizes destabilizing
        destination destinations destiny destroy destroyed destroying destruction destructions destructive
        detail detailed detailing details detain detained detainee detainees detaining detect detectable
        detected detecting detection detention detentions deter deteriorate deteriorated deteriorating
        deterioration determinants determination determine determined determines determining deterrence
        deterrent deterring deters detonating detonation detonations detonators detriment detrimental
        detrimentally devastating devastation develop developed developers developing development developmental
        developments develops device devices devise devised devising devolution devolve devote devoted devoting
        dhabi diabetes diagnoses diagnosis diagnostic diagnostics dialogue dialogues diamond diamonds diarrhoea
        diaspora diasporas dictates did die died diet dietary diets difference differences different
        differential differentiated differently differing difficult difficulties difficulty diffusion digest
        digests digital digitalization digitalized digitally digitization digitize dignified dignity diligence
        dilute dimension dimensional dimensions diminish diminishes diminishing din dioxide diplomacy diplomatic
        diplomats dire direct directed directing direction directions directive directives directly director
        directorate directors directory disabilities disability disabled disadvantaged disadvantages
        disaggregated disaggregation disappearance disappearances disappeared disappointed disappointment
        disarmament disaster disasters disastrous disbanded disburse disbursed disbursement disbursements
        disbursing discarded discards discerning discharge discharges discharging disciplinary discipline
        disciplines disclose disclosed disclosing disclosure disclosures discourage discouraging discourse
        discover discovered discovering discredit discrepancies discrete discretion discriminate discriminated
        discriminates discriminating discrimination discriminatory discuss discussed discussing discussion
        discussions disease diseases disembarkation disenfranchised disenfranchisement disengagement
        disinformation disintegration dismantle dismantled dismantlement dismantling dismember dismissal
        dismissals dismissed disorder disorders disparities disparity dispatch dispatching dispense dispersed
        dispersion displace displaced displacement displacements display displayed disposal dispose disposed
        disposing disposition dispossession disproportionally disproportionate disproportionately dispute
        disputes disquiet disregard disrupt disrupted disrupting disruption disruptions disruptive disseminate
        disseminated disseminating dissemination dissent dissenting dissolution dissuasive distance distancing
        distant distinct distinction distinctions distinctive distinguish distinguished distort distorted
        distorting distortion distortions distr distress distribute distributed distributing distribution
        distributors district disturbance disturbances disturbed disturbing disused divergence diverging diverse
        diversification diversified diversify diversifying diversion diversities diversity divert diverting
        diverts divide dividend divides dividing division divisions diwali djamena djibouti dna do dock doctors
        doctrine doctrines document documentation documented documenting documents does doha doing dollar
        dollars domain domains domestic domestically domination dominica dominican donation donations done
        donetsk donor donors donorship doping dose doses double doubled doubling douma dovhopola down downgrade
        downing downloaded downside downstream downturn downturns downward dozens dppa draft drafted drafting
        drafts drain dramatic dramatically drastically draw drawbacks drawdown drawdowns drawing drawn draws
        dreams drew drier drift drifting drills drinking drive driven driver drivers driving droit drop dropout
        dropped dropping drops drought droughts drowning drudgery drug drugs dry drylands dtie dua dual dubai
        dublin due dues duly duma dumping duplicate duplicating duplication duplications durable durably
        duration durban during dushanbe dust duties duty dwellers dying dynamic dynamics dynamism dzhelyal each
        earlier earliest early earmarked earmarking earned earner earning earnings earth earthquake earthquakes
        ease easier easily easing east eastern easy eating ebola eca ecolabelling ecological ecologically
        economic economically economics economies economy ecosystem ecosystems ecotourism ecuador ede editing
        edition editions editorial educate educated educating education educational educators efd effect
        effected effective effectively effectiveness effects effectuate efficacious efficacy efficiencies
        efficiency efficient efficiently effort efforts egypt eid eight eighteenth eighth eightieth eighty
        either ekecheiria elaborate elaborated elaborating elaboration elder elderly elders elect elected
        electing election elections elective electoral electorate electors electric electricity electrification
        electronic electronically element elementary elements elevate elevated elevating eleventh eligibility
        eligible eliminate eliminated eliminating elimination elles elsewhere eluna emanates emanating
        emancipation embargo embark embed embedded embezzlement emblems embodied embody embrace embracing emerge
        emerged emergence emergencies emergency emerging emigrate eminent emir emirates emission emissions
        emotional emphasis emphasize emphasized emphasizes emphasizing emphatically empirical employ
        employability employable employed employee employees employer employers employing employment empower
        empowered empowering empowerment empowers empt enable enabled enabler enablers enables enabling enact
        enacted enacting enactment enclosure encompass encompasses encompassing encounter encountered
        encountering encounters encourage encouraged encouragement encourages encouraging encryption encumbered
        end endanger endangered endangering endangerment endangers endeavour endeavoured endeavouring endeavours
        ended endemic ending endings endogenous endorse endorsed endorsement endorses endorsing endowment
        endowments ends endured enduring energy enforce enforceable enforced enforcement enforcing engage
        engaged engagement engagements engaging engender engendered engendering enghien engine engineer
        engineered engineering engineers english enhance enhanced enhancement enhancements enhances enhancing
        enjoin enjoy enjoyed enjoying enjoyment enjoys enlarge enlargement enlarging enlist enlisted enlisting
        enlistment enormity enormous enormously enough enquiry enrich enriched enriches enriching enrichment
        enrol enrolment enshrined enslaved enslavement ensuing ensure ensured ensures ensuring entail entails
        entebbe enter entered entering enterprise enterprises entertainment enthusiasm entire entirely entirety
        entities entitled entitlement entitlements entitles entity entrenched entrenching entrepreneurial
        entrepreneurs entrepreneurship entrust entrusted entry enumerated envelope environment environmental
        environmentalists environmentally environments envisaged envisages envisioned envoy envoys epidemic
        epidemics epidemiological epidemiology episodes eportal equal equality equalization equally equals
        equatorial equilibrium equip equipment equipped equipping equitable equitably equity equivalent era
        eradicate eradicates eradicating eradication erase erased erases erect erected erecting erection erga
        eritrea erna erode eroding erosion error eruption eruptions escalated escalating escalation escape
        escort esd esh esolutions especially espionage espousing essence essential essentially establish
        established establishes establishing establishment estate esteem estimate estimated estimates estimating
        estimation estonia eswatini ethic ethical ethics ethiopia ethnic ethnically ethnicity ethnocultural
        ethnonationalist etrade eurasian euro europe european eutrophication evacuation evacuations evacuees
        evaluate evaluated evaluating evaluation evaluations evasion even event events eventual eventually ever
        every everyday everyone everywhere evicted eviction evictions evidence evidenced evident evidentiary
        evidently evils evolution evolve evolved evolving ex exacerbate exacerbated exacerbates exacerbating
        exacerbation examination examinations examine examined examines examining example examples excavated
        excavations exceed exceeded exceeding excellence except exception exceptional exceptions excess
        excessive excessively exchange exchanged exchanges exchanging exclude excluded excluding exclusion
        exclusive exclusively excuse execute executed executing execution executions executive executives
        exemplary exemplified exemplifies exempt exemption exemptions exercise exercised exercises exercising
        exert exerted exerting exertion exerts exhausted exhaustive exhibit exhibited exhibition exhibitions
        exhibits exhume exile exist existence existent existing exists exit exogenous exoskeleton expand
        expanded expanding expands expansion expatriate expectancy expectation expectations expected expects
        expedite expedited expediting expedition expeditious expeditiously expelled expended expenditure
        expenditures expense expenses experience experienced experiences experiencing experimental
        experimentation expert expertise experts expiration expire explain explained explaining explanation
        explanations explanatory explicit explicitly exploit exploitation exploitative exploited exploiters
        exploiting exploration exploratory explore explored explores exploring explosions explosive explosives
        expo exponential exponentially export exportation exported exporters exporting exports expos expose
        exposed exposes exposing exposure exposures express expressed expresses expressing expression
        expressions expressly expropriation expulsion ext extend extended extending extends extension extensions
        extensive extensively extent extermination external extinction extinctions extortion extra
        extrabudgetary extract extractive extradite extradition extrajudicial extraordinary extraterritorial
        extreme extremely extremes extremism extremist extremists eye fabriano face faced faces facets facial
        facilitate facilitated facilitates facilitating facilitation facilitative facilitators facilities
        facility facing fact facto factor factoring factors facts factual faeces fail failed failing failure
        fair fairly fairness fairs faith faithful faithfully faiths fal fall fallen falling fallout falls false
        falsely falsified falsify familiarize families family famine fan fao far fare farm farmer farmers
        farming farms faroe farra fascism fashion faso fast faster fastest fatal fatalities fate fates fault
        fauna favour favourable favourably fccc fear feasibility feasible feature features featuring february
        fed federal federated federation federations fee feed feedback feeding feeds feel fees fell fellows
        fellowship fellowships felt female femicide feminine feminist feminization ferromanganese fertile
        fertility fertilization fertilizer fertilizers festivals few fewer fez ffdf fibre fibres fiduciary field
        fields fifteenth fifth fiftieth fifty fight fighter fighters fighting figure figures fiji file filed
        files filing fill filled filling film fin final finalization finalize finalized finalizing finance
        financed finances financial financially financiers financing find finding findings finite finland fins
        fintech fire firearms fires firewood firing firm firmly firo first fiscal fiscally fish fishcode fished
        fisherfolk fisheries fishers fishery fishing fissile fistula fit fitisemanu fitr fits five fixed fixing
        flag flagged flagrant flags flagship flash fled fledged flee fleeing fleet fleets flexibilities
        flexibility flexible flexibly flight flood flooding floods floor floors flora florence flow flown flows
        fluctuations fluency fluxes fly flying focal focus focused focuses focusing fodder follow followed
        followers following follows foment fomented fono food foods foodstuffs football footing footnote
        footprint footprints for force forced forces forcible forcibly forcing fore forecast forecasting
        forecasts forefront foreign foremost forensic foreseeable foreseen foresight forest forestry forests
        forge forget forging forgiveness forgotten form formal formalities formalization formalize formalized
        formalizing formally format formation formats formed former formerly forming forms formula formulate
        formulated formulating formulation forth forthcoming forthwith fortieth forty forum forums forward
        forwarded fossil foster fostered fostering fosters fought found foundation foundational foundations
        founded founding four fourteenth fourth fragile fragilities fragility fragment fragmentation fragmented
        fragmenting fragments frame framed frames framework frameworks france francis francophonie francs
        fraternity fraud fraudulent free freed freedom freedoms freeing freelance freely freeze freezing french
        frequencies frequency frequent frequently fresh freshwater friday friendly friends friendship from front
        frontier frontiers fronts frozen fruit fruitful fruits fuel fuelled fuelling fuels fukushima fulfil
        fulfilled fulfilling fulfilment full fullest fully function functional functionality functionaries
        functioning functions fund fundamental fundamentally funded funders funding fundraise fundraising funds
        furlough furniture further furtherance furthering furthermore furthest fusion future gabon gaborone gain
        gained gaining gains galvanize galvanizing gambia game games gandhinagar gang gangs gangwon gap gaps
        garage garbage garner garnered gas gases gaston gastronomy gateway gather gathered gathering gatherings
        gathers gavi gaza gcf gdata gdoc gear geared gearing gender gendered genders gene general generalized
        generally generate generated generates generating generation generations generic generics generosity
        generous generously genetic genetically geneva genital genocide gentrification genuine geodetic
        geoengineering geographic geographical geographically geographies geography geological geopolitical
        george georgia geospatial germany gesture get getting ghana ghost gifts girl girls give given gives
        giving glacial glaciers glance glasgow glass global globalization globalized globalizing globally globe
        glorification glorify glorifying gmeets go goa goal goals goes going golan gold gonabadi gone good goods
        goodwill gov govern governance governed governing government governmental governments governor governors
        governs gpa grace grade grades grading gradual gradually graduate graduated graduating graduation
        graffiti grain grand grandparents grant granted granting grants graphics grapple grass gratitude grave
        gravely graves gravest gravity grazing great greater greatest greatly greece greek green greenclimate
        greenhouse greenhouses greening grenada grenadines grew grid grievance grievances grievous grooming
        gross grossly ground grounded grounds groundwater group groupings groups grow growing grown grows growth
        gtext guadalajara guam guarantee guaranteed guaranteeing guarantees guarantors guard guardian guardians
        guarding guards guatemala guidance guide guided guideline guidelines guides guiding guilty guinea guise
        gulf gun guns gurpurab guyana gymnastics habitat habitats habits habitual hacking had hague hair haiti
        half hall halt halted halting halve halving halyna hamad hamburg hamilton hamper hampered hampering
        hampers hampshire hand handbook handbooks handed handicaps handled handling hands hangings hangzhou
        hanoi happen happened happiness happy haram harassed harassment harasta hard harder hardest hardship
        hardships harm harmful harming harmonious harmonization harmonize harmonized harmonizer harmonizing
        harmony harmonywithnatureun harms harness harnessed harnessing harsh harvest harvested harvesting
        harvests has hashtags hasten hastening hate hatred havana have haven havens having hawl hawsh hay hazard
        hazardous hazards he head headed heading headquartered headquarters heads health healthier healthy hear
        heard hearing hearings heart heat heating heatwave heavier heavily heavy hebron heed heforshe heighten
        heightened heightening heinous held helena helicopter helmets helms help helped helpful helping
        helplines helps helsinki hemisphere hemp hence hepatitis her herders hereby hereinafter heretofore
        heritage heroic herzegovina hesitancy heterogeneous hibakusha hidden hide hierarchies high higher
        highest highlight highlighted highlighting highlights highly highway hijackings him hinder hindered
        hindering hinders hindi hindrance hinge hinterland hired hiring hiroshima his historic historical
        historically histories history hit hitler hiv hizbullah hlpf hls hoarding hoc hold holder holders
        holding holdings holdout holds holidays holistic holistically holocaust holy home homeland homeless
        homelessness homes homicide homogenization honduras honesty hong honorary honour honouring hope
        hopelessness hopes hoping horizon horizons horizontal horn horrors hors hospital hospitality hospitals
        host hostage hostages hosted hostile hostilities hostility hosting hosts hotlines hours house household
        households houses housing hovensa how however hrc htm http https hub hubs huge hull human humane
        humanely humanitarian humanity humankind humans hummus hundreds hungary hunger hungry hurras hurricane
        hurricanes hurts husbandry hybrid hyderabad hydrogen hydrographic hydrological hydrometeorological
        hydrothermal hygiene hygienic hyogo hypoxia hypoxic i iaea ibelong ibero ibid iccd ice iceland ict idea
        ideal ideals ideas identical identification identified identifier identifies identify identifying
        identities identity ideological ideologies ideologues ideology idlib if igr iii ill illegal illegality
        illegally illegitimate illegitimately illicit illicitly illiteracy illness illnesses illustrated
        illustrates illustrating illustrative image imagery images imam imbalance imbalances immediate
        immediately immense immigration imminent immoral immune immunities immunity immunization imo impact
        impacted impactful impacting impacts impair impaired impairment impairments impairs impart impartial
        impartiality impartially imparting impasse impede impedes impediment impediments impeding impending
        imperative imperatives imperil imperilling impetus implement implementation implemented implementing
        implicated implications implies imply import importance important importation imported importers
        importing imports impose imposed imposing imposition impossible impoverished impoverishment imprecise
        impress impression imprisoned imprisonment improper improve improved improvement improvements improves
        improving improvised impunity in inability inaccessible inaccurate inaction inadequacy inadequate
        inadequately inadmissibility inadmissible inalienable inappropriate inaugural inauguration inboard
        incarcerated incarceration incb incendiary incentive incentives incentivize incentivizing inception
        incessant incest incheon incidence incidences incident incidental incidentally incidents incite incited
        incitement incitements include included includes including inclusion inclusive inclusiveness inclusivity
        income incomes incoming incommunicado incompatible incomplete inconceivable inconsistencies inconsistent
        incorporate incorporated incorporates incorporating incorporation incorrect increase increased increases
        increasing increasingly incriminate incubators incumbent incur incurred incursions indebted indebtedness
        indefinite indefinitely independence independent independently index indexation india indian indicate
        indicated indicates indicating indication indications indicative indicator indicators indigenous
        indignation indirect indirectly indiscriminate indispensable individual individualized individually
        individuals indivisibility indivisible indivisibly indoctrinate indoctrination indonesia indoor induced
        induction industrial industrialization industries industry ineffective inefficient inequalities
        inequality inequitable inequities inequity inextricably inf infant infanticide infants infected
        infection infections infectious inference infestation infestations infiltration inflammatory inflation
        inflationary inflict inflicted inflicting influence influenced influences influx infodemic inform
        informal informality informally information informational informed informing informs infrastructural
        infrastructure infrastructures infrequent infringe infringed infringement ingenuity inhabit inhabitants
        inhabited inherent inherently inheritance inhibit inhibiting inhibits inhuman inhumane initial initiate
        initiated initiating initiation initiative initiatives inject injecting injure injured injuries
        injurious injury injustice injustices inland inmates innocence innocent innovate innovation innovations
        innovative innovators inoperable input inputs inquiries inquiry inscribed insecure insecurity
        inseparable inside insight insights insofar insolvency inspection inspections inspectors inspiration
        inspire inspiring instability installation installations instance instances instead instigate instil
        institute institutes instituting institution institutional institutionalization institutionalize
        institutionalized institutions instruction instructions instructive instrument instrumental
        instrumentalization instruments insufficiency insufficient insurance insure insurmountable intangible
        integral integrally integrate integrated integrates integrating integration integrator integrity
        intellectual intelligence intend intended intending intense intensification intensified intensifies
        intensify intensifying intensity intensive intent intention intentional intentionally inter interact
        interacting interaction interactions interactive interception interconnected interconnectedness
        interconnections interconnectivity intercultural interdepartmental interdependence interdependencies
        interdependent interdiction interdisciplinary interest interested interests interface interfaces
        interfaith interfere interference interfering intergenerational intergovernmental intergovernmentally
        interim interlinkage interlinkages interlinked interlocking interlocutors intermediaries intermediation
        interministerial intermodal internal internally international internationale internationally internet
        internment interns internship internships interoperability interoperable interplay interpol interpret
        interpretation interpretations interpretative interpreted interpreters interpreting interpretive
        interregional interrelated interrelatedness interrelation interrelationship interreligious interrupted
        interruption interruptions intersecting intersection intersectional intersectionality intersectoral
        intersessional intertwined intervals intervening intervention interventions interviewing interviews
        intimate intimidate intimidated intimidating intimidation into intolerance intolerant intra intranet
        intraregional intrinsic intrinsically introduce introduced introducing introduction introductory
        intrusion intrusive invalidate invaluable invasion invasions invasive inventories inventory
        invertebrates invest invested investigate investigated investigating investigation investigations
        investigative investigator investing investment investments investor investors invidious inviolability
        invisible invitation invitations invite invited invites inviting invoke invoked involuntary involve
        involved involvement involves involving inward ioc ionizing ipcc iran iranian iranians iraq ireland irma
        irregular irreparable irreplaceable irrespective irresponsible irreversibility irreversible irrigation
        irritation is isba iseek isil islamic islamophobia islamophobic island islands isolate isolated
        isolation isologotypes israel israeli israelis issuance issuances issue issued issues issuing issyk
        istanbul it italy item items its itself ivoire ivory jails jakarta jamaica janeiro january japan
        japanese jazz jean jeddah jehovah jellyfish jeopardize jeopardizing jericho jerusalem jews jiu jiyah job
        jobs johannesburg john join joined joining joint jointly jordan journal journalism journalists journey
        judge judged judges judgment judgments judicial judiciaries judiciary judicious july june jure juridical
        jurisdiction jurisdictional jurisdictions jurisprudence jus just justice justifiable justification
        justifications justified justify justly jute juvenile juveniles kachin kampala kanak kapu kartarpur
        kathmandu katowice kazakhstan kazan keen keep keeping keeps kenaf kenya kept kerch kerosene key khabur
        khalifa khan khartoum kherson khorasan kidnap kidnapped kidnapping kidnappings kigali kill killed
        killing killings kimberley kind kinds king kingdom kingston kingstown kinshasa kippur kiribati kiswahili
        kitts know knowingly knowledge known knows kong korea korean koreans kosovo krakow kuala kuku kul
        kunming kurds kuwait kyoto kyrgyzstan labelling labels laboratories laboratory labour labs lack lacking
        lacks lactating lag lags laid lake lakes land landed landing landings landlocked landlockedness landmark
        landmine landmines landowners lands landscape landscapes landslides lanes language languages lanka lao
        large largely larger largest laser last lasting late later latest latin latter latvia launch launched
        launching launder laundering lausanne law lawful lawfulness laws lawsuit lawyers lay layer layered
        layers laying lead leader leaders leadership leading leads leaflet league leapfrogging learn learned
        learners learning learns lease least leave leaves leaving lebanese lebanon lecture lecturers lectures
        led left leg legacies legacy legal legality legally legendary legislation legislative legislators
        legislature legislatures legitimacy legitimate legitimately legitimize leisure lend lenders lending
        length lengthy leone leopard les lesotho less lesser lessons lest leste let lethal letter letters levant
        levas level levelized levels leverage leveraging levers levying liabilities liability liable liaise
        liaison libel liberalization liberating liberation liberia liberty libraries library libreville libya
        licences licensing licit lie liechtenstein lies lieutenant life lifelong lifestyles lift lifting light
        lighthouse lighthouses like likelihood likely likewise lima limit limitation limitations limited
        limiting limits lindh line lines linguistic linguistically link linkage linkages linked linking links
        liquefied liquid liquidating liquidation liquidity lisboa lisbon list listed listen listened listening
        listing listings lists literacy literature lithuania litigation litter little littoral liv live
        liveability liveable lived livelihood livelihoods lives livestock living load loaded loan loans local
        localization locally locate located location locations lockdown lockdowns locust lodge lodged logging
        logistic logistical logistics logotypes london loneliness long longer longitudinal longline look looked
        looking looks looted looting lord los losing loss losses lost lot louis love low lower lowering lowers
        lowest ltamenah luanda lucia lucrative luhansk lump lumpur lung luxembourg lying lyon lyrics maarten
        macedonia machine machineries machinery macrodata macroeconomic macrofinancial macroprudential
        madagascar made madrid maghreb magnitude mahmoud maim maiming main mainly mainstream mainstreamed
        mainstreaming maintain maintained maintaining maintains maintenance maize majeure major majority make
        makers makes makeshift making malabo malacca malaria malawi malaysia maldives male malfunctions mali
        malicious malnutrition malta maltreatment mammal mammals man manage managed management manager
        managerial managers managing managua mandate mandated mandates mandating mandatory mandela mangrove
        mangroves manhasset manifest manifestation manifestations manifested manifests manila manipulate
        manipulated manipulation mankind manner mano manual manuals manufacture manufactured manufacturers
        manufacturing many map mapping maps maputo march marea margarita margin marginal marginalization
        marginalized margins maria mariana mariano marie marine marino marital maritime mark marked markedly
        marker markers market marketable marketing marketplaces markets marking marks marrakech marrakesh
        marriage marriages married marshal marshall marshes martial mask mass massacres massive massively master
        mastering masters match matches matching matchmaking material materialized materials maternal maternity
        mathematics matrix matter matters matured maturity mauritania mauritius max maximize maximizing maximum
        may mayan mayor mayors mazzah me meals mean meaning meaningful meaningfully means meant meantime
        measurability measurable measurably measure measured measurement measurements measures measuring
        mechanism mechanisms mechanistic mechanization media mediated mediation mediator mediators medical
        medicalization medication medications medicinal medicine medicines mediterranean medium meet meeting
        meetings meets mega mejlis mekong melanesian mellieha melting member members membership memorandum
        memorandums memorial memorials memories memory men menace meningitis menstrual menstruation mental
        mentioned mentor mentoring mentorship mepc mercenaries mercenarism mercenary merchandise mercury merely
        merit merits mesh message messages messaging messengers met metadata metals meteorological meteorology
        metering methamphetamine method methodological methodologies methodology methods metres metrics mexican
        mexico micro microcredit microeconomic microenterprises microfinance microfinancing micronesia
        micronutrient microorganisms microplastics mid middle midpoint midterm midwives might migrant migrants
        migrate migrated migration migrations migratory milan milano mildly mile miles milestone milestones
        militants militarily militarization militarizing military militias millennium millet millets million
        millions min minamata mind mindful minds mine minefields mineral minerals miners mines mini minimal
        minimize minimized minimizing minimum mining minister ministerial ministers ministries ministry minor
        minorities minority minors minsk minus minutes mirps misappropriation miscalculation miscalculations
        miscellaneous miscommunication misconduct misinformation misinterpretation misinvoicing mislead
        misleading mismanagement misogyny misperception misperceptions mispricing misreported missed missile
        missiles missing mission missions misunderstanding misuse misused mitigate mitigates mitigating
        mitigation mix mixed mobile mobility mobilization mobilize mobilized mobilizing modalities modality mode
        model modelled modelling models moderate moderation moderator modern modernization modernize modernized
        modernizing modes modest modi modification modifications modified modify modifying modular module modus
        moldova moment moments momentum monaco monday monetary monetization money mongolia monitor monitored
        monitoring monitors monogamy monotheistic montego montenegro monterrey montevideo month monthly months
        montreal montserrat monument monuments moon moored mop moral morality morally morals moratorium
        moratoriums morbidities morbidity more morocco mortality mortgages moscow mosques most mostly mother
        motherhood mothers motivate motivated motivating motivation motivations motive motives motorized motu
        mountain mountainous mountains move movement movements moving mozambique msc msp much multi multiannual
        multicultural multiculturalism multidimensional multidimensionality multidisciplinary multifaceted
        multifactorial multiform multilateral multilateralism multilaterally multilevel multilingual
        multilingualism multimedia multimodal multinational multinationals multiple multiplication multiplicity
        multiplier multipliers multiplying multipurpose multisector multisectoral multitude municipal
        municipalities munition munitions murder museum museums music muslim muslims must mustafayev mustard
        mutandis mutatis mutilation mutual mutually my myanmar mythologization myths naam nadi nagasaki nagoya
        nahr nairobi nakba naloxone nam name named namely names namibia nanak nansen narcotic narcotics nariman
        narrative narratives narrow narrowing narrowly nation national nationale nationalism nationalist
        nationalities nationality nationalization nationally nationals nations nationwide native natural
        naturalization naturally nature nauru nautical naval navalny navigate navigation navigational nay
        nayarit nazi nazis nazism near nearly necessarily necessary necessitates necessity need needed needs
        needy negate negative negatively neglect neglected negligence negligent negligible negotiable negotiate
        negotiated negotiating negotiation negotiations neighbourhood neighbourhoods neighbouring
        neighbourliness neighbourly neighbours neither nelson neo neonatal nepal nervous net netherlands nets
        network networking networks neurological neutral neutrality never nevis new newborn newborns newer newly
        news next nexus nicaragua nice niger nigeria nikopol nil nin nine nineteenth ninety ninth nippon
        nitrogen no nobel noble nodes nodules noire noise nomad nominate nominated nominating nomination
        nominations non none nonetheless nor norm normal normalize normally normative norms north northern
        northwest norway norwegian nos not notable notably note noted notes noteworthy nothing notice noticeable
        notices notification notifications notified notify noting notion notional notwithstanding nourishment
        novel november now nowruz noxious npt nuclear null nullifies nullify number numbers numeracy numerous
        nur nuremberg nursery nurses nurture nurturing nusa nusrah nutrient nutrients nutrition nutritional
        nutritious obese obesity object objected objecting objection objections objective objectives objectivity
        objects obligation obligations obliged observance observation observations observatories observatory
        observe observed observer observers observes observing obsolete obstacle obstacles obstetric obstruct
        obstructing obstruction obstructions obstructive obtain obtained obtaining occasion occasioned occasions
        occupation occupational occupations occupied occupies occupy occupying occur occurred occurrence
        occurring occurs ocean oceanic oceanographic oceanography oceans oceanscape october oda oecd of off
        offence offences offender offenders offending offensive offer offered offering offers office officer
        officers offices official officially officials officio offline offs offset offsets offshore often oil
        oily old older olympiad olympic olympics oman ombudsman ombudsmen ombudsperson ombudspersons omnes on
        onboarding once one ones oneself ongoing online only onset onto onward open opened opening openings
        openly openness operandi operate operated operates operating operation operational operationalization
        operationalize operationalized operationalizing operations operative operators ophthalmological opiates
        opinion opinions opioid opioids opium opponents opportunities opportunity oppose opposed opposing
        opposition oppression opt optic optimal optimally optimization optimize optimizes optimizing optimum
        option optional options or oracle oral orally orange orbit orbital orchards order ordered ordering
        orderly orders ordinary ordnance org organ organic organisation organisms organization organizational
        organizations organize organized organizers organizes organizing organs orientation orientations
        oriented origin original originally originate originated originating origins orphans orthodox osaka
        oscillation oslo ospar ossetia other others otherwise ought our ourselves out outbreak outbreaks
        outburst outcome outcomes outer outfall outflows outgoing outlawed outlets outline outlined outlines
        outlining outlook outnumbering outposting outposts output outputs outrage outreach outside outstanding
        outward over overall overarching overcapacity overcome overcoming overcrowded overcrowding overdose
        overdue overemphasized overexploitation overexploited overfished overfishing overlap overlaps overly
        overpayments overqualified overrepresented override overriding overruns overseas oversee overseeing
        overseen oversight overthrow overthrowing overview overweight overwhelming owed owing own owned owner
        owners ownership ozl ozone pace paced pacific package packages packaging packing pact paedophilia page
        pages paid pain paintings pakistan palace palais palau palestine palestinian palestinians palliative
        palmyra pan panama pandemic pandemics panel panellists panels paper paperless papers papua par para
        paradigm paragraph paragraphs paraguay parallel paralympic parameters paramount parapan paras pardon
        parent parental parenting parents pari paris parish parishioners parity parking parliament
        parliamentarians parliamentary parliaments parole part partial partially participant participants
        participate participated participates participating participation participatory particular
        particularities particularly particulars parties partner partnering partners partnership partnerships
        parts partum party pass passage passed passenger passengers passes passion passive passu past pastoral
        pastoralism pastoralists patent paternity path pathogens paths pathway pathways patient patients
        patriotic patronage pattern patterns paused pave pay payable paying payment payments payoffs pays pdf
        peace peacebuilders peacebuilding peaceful peacefully peacekeepers peacekeeping peacemaking peak
        peasants pedagogical pedestrian pedestrians peer peers pelagic pelindaba penal penalize penalized
        penalties penalty pending penetration penh peninsula penitentiary pension pensions people peoples per
        perceived percentage perception perceptions peremptory perfectly perform performance performed
        performing peri perilous perilously perinatal period periodic periodically periodicals periodicity
        periods permafrost permanent permanently permeate permissible permission permit permits permitted
        permitting perpetrate perpetrated perpetrating perpetration perpetrator perpetrators perpetuate
        perpetuated perpetuates perpetuating perpetuation persecution persevere persian persist persisted
        persistence persistent persistently persisting persists person personal personalities personality
        personnel persons perspective perspectives pertaining perth pertinence pertinent peru pervasive
        pervasiveness pessoa pest pesticides pests petersburg petition petrels petroleum pharmaceutical
        pharmaceuticals phase phased phases phasing phenomena phenomenon philanthropic philanthropy philippines
        philosophical philosophies phnom phoenix phones photographs physical physically physicians phytosanitary
        pickets picture pilgrims pillage pillar pillared pillars pilot pinos pipeline pipelines piracy pirate
        pirates pitcairn piura pivotal place placed placement places placing plan planck planet planetary
        plankton planned planning plans plant plants plastic plastics platform platformization platforms play
        played players playing plays plebiscite pledge pledged pledges pledging plenary plenipotentiaries
        plenipotentiary plight plural pluralism pluralistic plurilateral plurinational plus pneumonia poaching
        pocket podcasts pohnpei point pointe pointed pointing points poland polar police policies policing
        policy policymakers policymaking poliomyelitis political politically politicians politicization politics
        polling pollutants polluted polluter pollution polymer polymetallic polynesia pool pooled pooling pools
        poor poorer poorest poorly pope poppy popular popularity populated populating population populations
        populism pornography port portability portable portal portals portfolio portion portions portrayal ports
        portugal portuguese pose posed poses posing position positioned positioning positions positive
        positively possess possessing possession possessor possessors possibilities possibility possible post
        postal posted postgraduate posting postnatal postpone postponed postponement posts postures potable
        potential potentially poverty power powerful powering powers practicable practical practicality practice
        practices practise practised practising practitioners pragmatic prayer pre preamble preambular
        precarious precariousness precaution precautionary precautions precede preceded precedence precedent
        preceding precious precipitation precise precisely precision preclude precondition preconditions
        precursor precursors predatory predecessors predeployment predicate predict predictability predictable
        predicted predicting prediction predictive predominantly preferably preference preferences preferential
        preferred pregnancies pregnancy pregnant prejudge prejudging prejudice prejudices prejudicial
        prejudicing preliminary premature premier premised premises premium premiums prenatal prepaid
        preparation preparations preparatory prepare prepared preparedness preparing prerequisite prerequisites
        prerogative prerogatives prescribe prescribed prescribes prescription presence presences present
        presentation presentations presented presenting presents preservation preserve preserved preserves
        preserving preside presided presidencies presidency president presidential presidents presiding press
        pressing pressure pressures presumption pretext pretexts pretoria pretrial prevail prevailed prevailing
        prevalence prevalent prevent preventable preventative prevented preventing prevention preventive
        prevents previous previously price prices pricing primacy primarily primary prime principal principally
        principals principe principle principled principles print printed printing prior priorities
        prioritization prioritize prioritized prioritizes prioritizing priority prism prison prisoner prisoners
        prisons privacy private privately privileges prize prizes pro proactive proactively probabilities
        probability probable problem problematique problems procedural procedure procedures proceed proceeding
        proceedings proceeds process processed processes processing proclaim proclaimed proclaiming proclaims
        proclamation procure procurement procyclical produce produced producer producers producing product
        production productive productivity products profess profession professional professionalism
        professionalize professionalized professionals professions proficiency profile profiles profiling profit
        profitability profits profound profoundly programmatic programme programmes programming progress
        progressing progression progressive progressively prohibit prohibited prohibiting prohibition
        prohibitions prohibits project projected projection projections projects proliferation prolong prolonged
        prolonging prominence prominent promise promises promising promote promoted promoters promotes promoting
        promotion promotional promotive prompt prompted promptly promulgate promulgated promulgating
        promulgation prone pronged proof proofreading propaganda propeller proper properly properties property
        propitious proportion proportional proportionality proportionate proportions proposal proposals propose
        proposed proposes proposing proprietary proprio prorated proscribed prosecute prosecuted prosecuting
        prosecution prosecutions prosecutor prosecutorial prosecutors prospect prospective prospects prosperity
        prosperous prostitution protect protected protecting protection protectionism protectionist protections
        protective protects protein protest protestant protesters protests protocol protocols protracted prove
        proved proven provide provided provider providers provides providing province provinces provincial
        provision provisional provisionally provisions provocation provocations provocative provoke proximity
        prst prudent prudently pseudonymization psychiatric psychoactive psychological psychosocial psychotropic
        pubertal public publication publications publicationstexts publicity publicize publicizing publicly
        publish published publishing puerto pull pulmonary pulse pulses punish punishable punished punishing
        punishment punishments punitive purchase purchased purchases purchasing pure purely purport purported
        purpose purposes pursuance pursuant pursue pursued pursues pursuing pursuit pursuits purview push pushed
        pushes pushing put puts putting pyeongchang pyi qaida qana qatar qmenas quadrennial qualification
        qualifications qualified qualify qualitative quality quantification quantified quantifying quantitative
        quantities quantity quantum quarantine quarantines quarter quarters quartet quash question questioning
        questionnaire questionnaires questions quick quickly quinquennium quito quo quorum quota quotas rabat
        race races racial racially racing racism racist radiation radical radicalization radio radioactive
        radiological radiotherapy rafah raids rail railroads railway railways rain rainfall raise raised raises
        raising rakhine rallies ramallah ramie ramifications ramsar range rangelands ranges ranging ranking
        ranks ransom rape rapid rapidly rapporteur rapporteurs rapprochement rare rarely rarotonga rate rates
        rather ratification ratifications ratified ratify ratifying rating ratings ratio rational rationale
        rationalization rationalizing rations ratios ravages ray rays re reach reached reaches reaching react
        reactions reactivation reactive read readability readable readiness reading readmit readmitted ready
        reaffirm reaffirmation reaffirmed reaffirming reaffirms real realistic realities reality realization
        realize realized realizes realizing reap reappraisal rearing reason reasonable reasonably reasons
        reassign reassigned reassignment reauthorize rebalancing rebel rebuild rebuilding rec recall recalled
        recalling recalls receding receipt receipts receive received receivers receives receiving recent
        recently reception receptor recession rechannelling recidivism recipient recipients reciprocal
        reciprocity reclaim reclamation reclassification reclassify recognition recognize recognized recognizes
        recognizing recommend recommendation recommendations recommended recommending recommends recommit
        recommitment recommits recommitted recommitting reconcile reconciliation reconciliatory reconfirming
        reconfirms reconsider reconstructing reconstruction reconvene reconvened record recorded recording
        recordings records recosting recourse recover recovered recovering recovery recreation recreational
        recruit recruited recruiters recruiting recruitment rectify rectifying recueil recurrence recurrent
        recurring recyclable recycle recycled recycling red redeploy redeployed redeployment redesignated
        redirected redistribute redistributing redistribution redouble redoubling redress reduce reduced reduces
        reducing reduction reductions redundancies redundancy reef reefs refer reference referenced references
        referendum referendums referral referrals referred referring refers refinancing refine refined
        refineries refining reflagging reflect reflected reflecting reflection reflects refocus refocused
        refocusing reforestation reform reformed reforming reforms refoulement refrain refraining reframe
        refrigerated refuge refugee refugees refusal refuse regain regaining regard regarded regarding
        regardless regards regeneration regenerative regime regimes region regional regionalization regionally
        regions register registered registering registers registrar registration registries registry regressed
        regressive regret regrets regrettable regretting regular regularize regularly regulate regulated
        regulating regulation regulations regulators regulatory rehabilitate rehabilitating rehabilitation
        rehabilitative reham reimburse reimbursed reimbursement reimbursements reimbursing reinforce reinforced
        reinforcement reinforces reinforcing reinscription reinstate reintegrate reintegrating reintegration
        reinvigorate reinvigorated reinvigorating reissued reiterate reiterated reiterates reiterating reject
        rejected rejecting rejection rejects rejuvenation relapses relapsing relate related relates relating
        relation relations relationship relationships relative relatively relatives release released releases
        relevance relevant reliability reliable reliably reliance reliant relics relief relies relieve religion
        religions religious relocate relocated relocating relocation reluctant rely relying remain remainder
        remained remaining remains remanufactured remarkable remarks remedial remediation remedied remedies
        remedy remedying remembrance reminder reminding reminds remittance remittances remnants remorse remote
        remotely remoteness removal remove removed removing remunerated remuneration remunerative renaissance
        rename renamed renaming render rendered rendering renegotiation renew renewable renewables renewal
        renewed renewing renews renminbi renounce renovation renowned rent rental renunciation reoffending
        reopen reopening reorient rep repaid repair repairing reparation reparations reparatory repatriate
        repatriated repatriation repayment repayments repeal repealed repealing repeat repeated repercussions
        repertoire repertory repetition replace replaced replacement replacements replaces replacing replenish
        replenishing replenishment replies reply repopulation report reported reportedly reporting reportorial
        reports reposition repositioning repository represent representation representational representations
        representative representatives represented representing represents repressing repression repressive
        reprisal reprisals reproduce reproduced reproductive republic repurchase repurposing reputable
        reputation reputations request requested requester requesters requesting requests require required
        requirement requirements requires requiring requisite res resale reschedule rescheduled rescheduling
        rescind rescinding rescue rescued research researchers reservation reservations reserve reserved
        reserves resettled resettlement reshaped reside residence residences residency resident residential
        residents residing residual resilience resilient resist resistance resistant reskilling resolute
        resolutely resolution resolutions resolve resolved resolves resolving resort resorting resource
        resourced resources resourcing respect respected respectful respectfully respecting respective
        respectively respects respiratory respond responded responders responding responds response responses
        responsibilities responsibility responsible responsibly responsive responsiveness rest restitution
        restoration restorative restore restored restoring restraining restraint restraints restrict restricted
        restricting restriction restrictions restrictive restricts restructure restructuring restructurings
        rests result resulted resulting results resume resumed resuming resumption resurgence resurgent retail
        retailers retain retained retaining retaliate retaliation retaliations retention rethink rethinking
        retirement retiring retraining retraumatization retreat retreating retroactive retrofit retrofitting
        return returned returnee returnees returning returns reunification reunions reunite reuse reused rev
        reveal revealed revealing reveals revenue revenues reversal reverse reversed reversing revert
        revictimization review reviewed reviewing reviews revise revised revises revising revision revisionism
        revisions revisit revisiting revitalization revitalize revitalized revitalizing revive revived reviving
        revocation revoke revoking revolution revolving reward reykjavik rfmo rhetoric rhinoceros rhodes rica
        rice rich rico right rights rigorous rigorously rigour rim rio riparian rise risen rises rising risk
        risking risks ritual river riverine riyadh road roadmap roads robbery robust robustness rockets rohingya
        rohingyas role roles roll rolling roma roman romania rome room rooms root rooted roots rose roster
        rotating rotation rotational rough round route routes routine routinely row royal rubiyah rukban rule
        rulebook rules ruling run runs rural russian rwanda rwandan sacrifice sacrificed saf safe safeguard
        safeguarded safeguarding safeguards safely safer safety sahara saharan sahel sahelo sahib said sailed
        saint sake salam salaries salary sale sales salvador salvage salvaging samarkand same samoa san sanction
        sanctioned sanctioning sanctions sanctuaries sand sanitary sanitation santiago santos sao saraqib
        sargasso sargassum sarin sarmin sasakawa satellite satisfaction satisfactory satisfying saturday saudi
        save saved saves saving savings saw saydnaya scalability scalable scale scaled scales scaling scarce
        scarcity scenario scenarios scene schedule scheduled schedules scheduling scheme schemes scholarly
        scholarship scholarships school schooling schools science sciences scientific scientifically scientist
        scientists scope scourge scourges screening scripts scrupulously sdg sdgs sea seabed seabird seabirds
        seafarer seafarers seagrass seagrasses seamless seamounts seaports search searchability searchable
        searches searching seas seascape seasonal seasons seat seating seats seaweed second secondary seconded
        seconding secret secretariat secretariats secretaries secretary sect sectarian sectarianism section
        sections sector sectoral sectors sects secure secured securely securing securities security
        securitycouncil sediments see seed seeds seek seeker seekers seeking seeks seemed seen segment
        segmentation segments segregated segregation seismic seize seized seizing seizure select selected
        selecting selection selective selectivity self sell selling semblance semi seminal seminar seminars
        semipalatinsk senate send sendai sending senegal senior sense sensing sensitive sensitivity
        sensitization sensitize sensitizing sensory sent sentence sentenced sentences sentencing seoul separate
        separated separately separation september sequence sequenced sequential sequestering sequestration
        serbia series serious seriously seriousness servants serve served server serves service serviced
        servicemen services servicing serving servitude session sessional sessions set setback setbacks sets
        setting settings settle settled settlement settlements settler settlers settling sevastopol seven
        seventeenth seventh seventieth seventy several severe severely severity sewage sex sexual sexuality
        sexually seychelles sgb shall sham shame shan shanghai shape shaping share shared shareholder
        shareholders shareholding shares sharif sharing shark sharks sharm sharp sharply shaykhun she shed sheet
        sheets sheikh shelf shell shellfish shelling shells shelter sheltering shelters shield shields shifa
        shift shifting shifts ship shipmasters shipment shipowners shipping ships shipwrecks shirley shock
        shocks shop shore shorelines shores short shortage shortages shortcomings shortening shorter shortest
        shortfall shortfalls should shoulder shouldered show showcase showcasing showing shown shows shrines
        shrinking shutdowns siblings sick sickness side sidelined sidelines sides sids sierra sight sign signal
        signalling signals signatories signatory signature signed significance significant significantly
        signified signing signs sikh silence silencing silicosis silos similar similarities similarly simple
        simplification simplified simplify simplifying simulation simulations simultaneous simultaneously since
        sincere singapore single sink sinks sint sisal site sites situated situation situational situations six
        sixteenth sixth sixtieth sixty size sizeable sized skeletal skies skill skilled skilling skills skin
        skinhead slave slavery slick slightly slippages slipping slotting slovakia slovenia slow slowdown
        slowdowns slowed slower slowest slowing slowly slum slums small smaller smallholder smallholders
        smallness smart smear smooth smoothly smuggled smugglers smuggling snow so social socialiste socially
        societal societies society sociocultural socioeconomic socioeconomics sociopolitical soft software soil
        solar solas solberg sold soldiers sole solely solemn solemnly solicit solicitation solid solidarity
        solitary solomon solution solutions solve solvency solving somali somalia some sometimes songbun soon
        sophistication sorrow sought sound source sourced sources sourcing south southeast southern sovereign
        sovereigns sovereignty space spacefaring spaces spacing spain spanish spanning spare spatial spawning
        speak speaker speakers speaking speaks spearhead special specialist specialists specialization
        specialized specializing specially species specific specifically specificities specificity specified
        specify spectrum speech speed speedily speeding speedy spend spending spends spent sphere spheres spider
        spill spillover spillovers spills spirit spiritual spite splos spoken spokesperson sponsor sponsored
        sponsoring sponsors sponsorship sport sporting sports spotlight spouses spread spreading spring spur sri
        stability stabilization stabilize stabilizing stable stablecoins stadium staff staffing stage stages
        stagnate stagnated stakeholder stakeholders stalemate stalking stalled stalling stand standard
        standardization standardize standardized standardizing standards standby standing stands standstills
        star stark start started starting starts starvation state stated statehood stateless statelessness
        statement statements states station stationing stations statistical statistics status statute statutes
        statutory stay staying steadfast steadily steady stealing steel steep steer steering stem stemmed
        stemming step stepped stepping steps stereotyped stereotypes stereotypical stereotyping stewardship sti
        stickers stifle stigma stigmatization stigmatized stigmatizing still stillbirth stimulants stimulate
        stimulating stimulation stimulus stipulated stock stockholding stockholm stockpile stockpiled stockpiles
        stockpiling stocks stocktaking stolen stones stood stop stopping storage store stored stories storing
        storm storms stowaway stowaways straddling straining strains strait straits stranded strata strategic
        strategically strategies strategizing strategy streamed streaming streamline streamlined streamlining
        streams street streets strength strengthen strengthened strengthening strengthens strengths strenuously
        stress stressed stresses stressing stressors stretched stretching stricken strict strictly strike
        strikes stringent strip strive strives striving strong stronger strongest strongly struck structural
        structurally structure structured structures structuring struggle students studied studies study
        studying stumbling stunted stunting sua sub subagencies subcommission subcommissions subcommittee
        subcommittees subcontracting subdivisions subdued subhumid subject subjected subjecting subjection
        subjects submarine submission submissions submit submitted submitting subnational subordinate
        subordination subparagraph subparagraphs subprogramme subprogrammes subregion subregional subregionally
        subregions subscribed subsequent subsequently subsidiary subsidies subsidized subsistence substance
        substances substandard substantial substantially substantiated substantive substantively substitute
        substitution subtopic subtopics subtotal subvention succeed succeeding success successes successful
        successfully succession successive successor succinct such sudan sudden suffer suffered suffering
        sufferings sufficiency sufficient sufficiently suffocation suffrage sufi suggest suggested suggestions
        suggests suicide suitable suitably suited sulfur sulphides sulphur sultan sum summaries summarily
        summarize summary summation summer summit summits summonses sums sun sunflower sunken sunni super
        superiority supervision supervisory supplement supplementary supplemented supplementing supplied
        suppliers supplies supply supplying support supported supporters supporting supportive supports suppress
        suppressed suppressing suppression supreme sur sure surface surge surgery surges suriname surpassed
        surplus surpluses surprise surrender surrounding surveillance survey surveying surveys survival survivor
        survivors susceptibility susceptible suspected suspend suspended suspending suspension suspensions
        suspicious sustain sustainability sustainable sustainably sustained sustaining sustainment swap swaps
        swear swearing sweden swift swiftly swiss switzerland symbiotic symbol symbolizes symbols sympathy
        symposium symposiums symptoms synchronizing syndrome synergies synergistic synergy synonymously
        synthesis synthetic synthetics syria syrian syrians system systematic systematically systemic
        systemically systems table tables tabular tacit tackle tackled tackling tactical tahrir tailor tailored
        tailoring tajikistan take taken takes taking talent talents taliban talks talmenes tampere tampering
        tandem tangible tank tanks tanzania tapping target targeted targeting targets tariff tariffs tarnish
        tashkent task tasked tasks tatar tatars taupulega taw tax taxation taxes taxonomy tayyib tea teach
        teacher teachers teaching team teams tech technical technically techniques technological technologies
        technology tehran tele telecommunication telecommunications telehealth telemedicine telephone television
        temperate temperature temperatures tempered template temporarily temporary tempore ten tend tendencies
        tenet tenets tens tension tensions tenth tenure term termed terminal terminate terminating termination
        terminology terms terrestrial territorial territories territory terror terrorism terrorist terrorists
        tertiary test tested testimonies testimony testing tests text textbooks texts thailand than thanks that
        thaw the theft their them thematic theme themed themes themselves then theories therapeutics therapies
        therapy there thereafter thereby therefor therefore therefrom therein thereof thereon thereto thereunder
        these they things think thinking thinner third thirds thirteenth thirtieth thirty this thorough
        thoroughly those though thought thousands threat threaten threatened threatening threatens threats three
        threshold thresholds through throughout throughput thursday thus tickets tidal ties tiger tight
        tightened tillage timber time timeline timelines timeliness timely times timespan timetable timetables
        timing timor tir tireless tirelessly tishrin tissues titchfield title titles tjibaou tlatelolco to
        tobacco tobago today together togo toilet tokelau tokyo tolerance tolerant tolerate tolerated toll tome
        tomorrow tonga tonnage tons too took tool toolbox toolkit toolkits tools top topic topical topics
        torremolinos torture tortured total totalling totally touch tourism tourist tourists tours toward
        towards town toxic toxin toxins tpnw trace traceability tracheitis tracing track tracked tracking tracks
        tract trade traded trademark traders trades trading tradition traditional traditionally traditions
        traffic trafficked traffickers trafficking tragedies tragedy tragic trail trailing train trained
        trainees traineeships training trainings trajectory trans transaction transactions transatlantic
        transborder transboundary transcending transfer transferable transferred transferring transfers
        transform transformation transformational transformations transformative transformed transforming
        transhumance transit transition transitional transitioned transitioning transitions translate translated
        translates translating translation translations translators transmission transmit transmitted
        transmitting transnational transnationally transparency transparent transparently transplantation
        transport transportation transports transregional traps trauma traumatic traumatized travaux travel
        travellers travelling treat treatable treated treaties treating treatment treatments treaty trees
        tremendous trend trends trial trials triangle triangular tribal tribunal tribunals tribute triennial
        trigger triggered triggering triggers trilateral trillion trinidad tripartite trips troop troops trophic
        tropical troubled truce true truly trust trusted trustee trustees trustfund trustfunds trusting trusts
        truth try trying tskhinvali tsunameters tsunami tsunamis tuaua tuberculosis tuesday tugboat tuna tunas
        tunis tunisia turbulence turkey turkish turkiye turkmen turkmenbashi turkmenistan turks turn turning
        turtle turtles tuvalu twelfth twentieth twenty twice twin two type types typically uganda ukraine
        ukrainian ukrainians ultimate ultimately ulu umbrella umm umoja unabated unable unacceptability
        unacceptable unacceptably unaccompanied unaccounted unaddressed unaffected unanimous unanimously unarmed
        unauthorized unavailability unbiased uncertain uncertainties uncertainty unchanged uncitral
        unconditional unconditionally unconnected unconstitutional uncontrollable uncontrolled under undercount
        undercut underdevelopment underemployment underfunded underfunding undergo undergoing undergone underlie
        underline underlined underlines underlining underlying undermine undermined undermines undermining
        undernourished undernourishment undernutrition underperformance underpin underpinned underpinning
        underpins underrecognized underreported underreporting underrepresentation underrepresented underscore
        underscored underscores underscoring undersea underserved understand understanding understandings
        understands understood undertake undertaken undertakes undertaking undertakings undertook underutilize
        underutilized undervalued underwater underweight undesirable undignified undiminished undocumented
        undoubtedly undue unduly unearmarked unedited unemployed unemployment unencumbered unep unequal
        unequivocal unequivocally uneven unevenly unexplained unexploded unfavourable unfccc unfettered
        unfinished unfolding unforeseen unfounded unfsa unfulfilled unhindered unhygienic uniculturalism
        unidentified unification unified uniform uniformed uniformity unifying unilateral unilaterally unimpeded
        unimplemented unincorporated unintended unintentional uninterrupted union unions unique uniquely unit
        unitaid unite united uniting units unity universal universality universalization universally universe
        universities university unjust unjustifiable unjustified unjustly unknown unlawful unlawfully unleash
        unless unlikely unlimited unlock unlocking unmanned unmet unnecessary unneeded unofficial unorganized
        unpaid unplanned unprecedent unprecedented unproductive unprotected unproven unprovoked unpublished
        unpunished unrecognized unrecorded unregulated unrelenting unreliable unrepatriated unreported
        unrepresented unresolved unrest unrestricted unreturned unrwa unsafe unsafeguarded unscrupulous
        unseaworthy unsolicited unspeakable unspent unsuitable unsupervised unsustainable unsustainably until
        untold untreated untruths unused unutilized unverified unw unwanted unwarranted unwavering up upbringing
        upcoming update updated updates updating upend upgrade upgrades upgrading upheld uphold upholding
        upholds upload upon upper uprising uprooted uprooting ups upscale upscaling upskilling upstream uptake
        upward uranium urban urbanization urbanized urdu urge urged urgency urgent urgently urges urging
        urination uruguay us usability usage use used useful usefulness usein useless user users uses ushered
        using usual usually utilities utility utilizable utilization utilize utilized utilizes utilizing utmost
        utrecht uzbekistan vacancies vacancy vacant vaccinated vaccination vaccinations vaccine vaccines vaguely
        valencia valid validate validating validation validity valley valorization valuable valuation value
        values valuing vandalism vandalization vanuatu vaporized variability variables variances variants
        variation varied varieties variety various vary varying vast vastness vector vectors vegetable
        vegetables vehicle vehicles vendor vendors venezuela venice ventilation vents venture ventures venues
        verbal verbale verbatim verde verifiability verifiable verification verified verify verifying versa
        version versions vertical very vesak vessel vessels vested veto vetted vetting via viability viable
        vibrant vice vicinity victim victimization victimized victims victory video videoconference
        videoconferencing videos vienna viet view viewed views vigilance vigilant vigorously vii viii vila
        village villages vilnius vincent violate violated violates violating violation violations violence
        violent viral virgin virginia virtual virtually virtue virtues virus vis visa visas visibility visible
        vision visions visit visiting visitors visits visual visually vital vitality vitally vitiate vladyslav
        vocational voice voices void vol volatile volatility volcanic volcanoes vols volume volumes voluntarily
        voluntary volunteer volunteering volunteerism volunteers vote voted voter voters votes voting voucher
        vouchers voyages vulnerabilities vulnerability vulnerable wadi waffen wage wages waiting waived waiver
        waivers waiving wake walking wall want waqf war warehouse warfare warheads warmest warming warning
        warnings warrant warranted warranties warrants wars warsaw was washed washing washington waste wasted
        wasteful wastes wastewater wasting watch watchkeeping water waterborne watercourse watercraft waterfowl
        waters watershed waterway waterways way ways we weak weaken weakened weakening weakens weaker weaknesses
        wealth weapon weaponization weapons weather web webcast webcasts website websites wednesday week weeks
        weight welcome welcomed welcomes welcoming welfare well wells went weprotect were west westchester
        western wetlands wgeid whaling what whatever whatsoever wheat when whenever where whereabouts whereas
        whereby wherein wherever whether which while white who whole whom whomsoever whose wide widely widen
        widened widening wider widespread widest widowed widows wild wildfires wildlife wilful wilfully will
        willing willingness win wind windhoek window wing winter wisdom wise wish wishes wishing witchcraft with
        withdraw withdrawal withdrawing withdrawn withheld withholding within without withstand withstanding
        witness witnessed witnesses wmo woman women won wood woods word words work worker workers workforce
        workforces working workload workloads workouts workplace workplaces workplan workplans works workshop
        workshops world worldwide worse worsen worsened worsening worsens worship worst worth would wounded
        wounding wrecks writ write writing written wrongful wsfs www xenophobia xenophobic xii xiii xiv xix
        xlviii xvi xvii xviii xxi xxii xxiii xxiv xxix xxv xxvi xxvii xxviii xxx xxxii xxxiii xxxiv yakutsk yani
        yarsanis year yearbook yearly years yemen yeosu yerevan yesypenko yet yield yields yom york you young
        younger youth yugoslavia zagreb zambia zaporizhzhia zealand zero zimbabwe zone zones zoonotic
        zoroastrians
        """;
}
