/**
 * Phrase lists the graders share. Each is a list of case-insensitive patterns matched against
 * normalised text (lower case, straight apostrophes). Keep them readable: one idea per line.
 */

/** Asking for a job, an opening, a referral to a position or a resume hand-off. */
export const JOB_REQUEST = [
  /\b(are|is) (you|your (team|company|firm|unit|studio|office)) (currently |still )?hiring\b/,
  /\b(any|some) (current |open )?(job )?(openings|vacancies|positions|roles)\b/,
  /\bopen (roles|positions|jobs)\b/,
  /\b(hire|hiring) me\b/,
  /\b(give|offer|get) me (a|an) (job|position|role|internship|interview)\b/,
  /\bconsider(ed)? me for\b/,
  /\b(looking|searching|hoping) (for|to (find|get|land)) (a |an )?(job|position|role|placement|internship)\b/,
  /\bapply(ing)? (for|to) (a |an |the |any )?(job|position|role|opening|internship)s?\b/,
  /\bput in a (good )?word\b/,
  /\b(pass|forward|send) (along |on )?my (resume|cv|application)\b/,
  /\bjob (opening|offer|opportunit)/,
  /\bopportunit(y|ies) (for me|on your team|at your|with your)\b/,
  /\b(love|like|want|hoping|chance) to work (for|with) you\b/,
  /\b(can|could|may) i (get|have) (a |an )?(job|position|role|internship|placement) (at|with|in) (your|you)\b/,
  /\b(give|offer) me (a |the )?(chance|opportunity) to work\b/,
  /\bany (job|position|role|opening) (is|would be) (ok|okay|fine|good)\b/,
  /\b(openings|vacancies) (in|at|on|with) your\b/,
  /\bcontribute to your (team|company|firm|organi[sz]ation|clinic|studio|unit|office)\b/,
  /\bpresent my (skills|qualifications|profile|candidacy)\b/,
  /\byou (can |could |might )?help me (get|find|land) (a |an )?(job|internship|position|role|placement)\b/,
  /\bi('d| would) be an? (great|good|perfect|strong|excellent) fit\b/,
  /\bif (anything|something|a (job|position|role|spot)) (opens|comes) up\b/,
] as const;

/** Asking for a new favour: sending, reviewing, forwarding or introducing, politely or as a command. */
export const NEW_FAVOUR = [
  /\b(could|would|can|will) you (please )?(also )?(send|share|introduce|connect|review|look|take a look|check|forward|pass|meet|call|chat|help|recommend|refer|set up|tell|give)\b/,
  /\bis there any chance\b/,
  /\bi was (also )?hoping (you|that you) (could|might|would)\b/,
  /\bone (more|last) (favou?r|request|thing to ask)\b/,
  /\b(review|look at|feedback on) my (resume|cv|portfolio|cover letter)\b/,
  /\b(another|a second|a follow-up) (call|chat|meeting|conversation)\b/,
  /\bplease (also )?(send|share|review|forward|pass|give|introduce|connect|check|look at|tell|make sure)\b/,
  /\b(make sure|be sure) (you|to) (mention|tell|say|send)\b/,
] as const;

/** Attaching or offering a resume or other documents nobody asked for. */
export const ATTACHMENT = [/\battach(ed|ing|ment|ments)?\b/, /\benclosed?\b/, /\bplease find my\b/, /\bmy (resume|cv) (is )?(below|here)\b/] as const;

/** Saying who put the student in touch, or how they came across the person. */
export const CONNECTION = [
  /\b(suggested|recommended) (that )?(i|we) (call|contact|reach|email|speak|talk|get in touch)/,
  /\b(suggested|recommended) (you|your name|i speak with you|reaching out)\b/,
  /\breferred (me|by)\b/,
  /\bgave me your (name|number|email|contact|details)\b/,
  /\b(passed|shared) (along )?your (name|number|email|contact|details)\b/,
  /\b(we|i) met (at|during|last)\b/,
  /\b(heard|saw) (you|your) (speak|talk|present|panel)\b/,
  /\byour (talk|panel|presentation|article|post|webinar|workshop) (at|on|in|about)\b/,
  /\b(i )?(found|read|came across) your (profile|article|post|work|name)\b/,
  /\b(fellow|an?) (alum|alumna|alumnus|graduate of)\b/,
  /\bmutual (friend|contact|colleague)\b/,
  /\bthrough (our|my|the) (alumni|program|club|association|network|mentor)/,
] as const;

/** Stating the reason for the contact: to learn, hear about experience or get advice. */
export const PURPOSE = [
  /\blearn (a bit |a little |more )?(about|how|what|from)\b/,
  /\bhear (about|how|what|more|which|why|whether)\b/,
  /\byour (experience|path|advice|perspective|insights?|story|take|journey into)\b/,
  /\bask (you )?(a few|some|two|three|a couple of|a couple|few) (quick |short )?questions\b/,
  /\bask (you )?(about (?!(stuff|things|something|anything|everything|it|that|this|whatever)\b)|how|what|why|which|whether)/,
  /\b(like|love|want|hoping) to ask( you)?\s*:/,
  /\badvice (about|on) (?!(stuff|things|something|anything|everything|it|that|this|whatever)\b)/,
  /\b(minutes?|time)\b[^.?!\n]{0,20}?\babout (?!(stuff|things|something|anything|everything|it|that|this|whatever)\b)/,
  /\b(talk|speak|chat)( to| with)?( you)? (about|on) (?!(stuff|things|something|anything|everything|it|that|this|whatever)\b)/,
  /\b(minutes?|call|chat|conversation) on (your|how|what)\b/,
  /\bwonder(ing)? (how|what|why|whether)\b/,
  /\binterest(ed)? (how|what|why)\b/,
  /\b(get|ask for|seek|some) (your )?advice\b/,
  /\bcurious (about|how|what)\b/,
  /\b(understand|find out) (more |better )?(about|how|what)\b/,
  /\b(insight|perspective) (into|on)\b/,
  /\bexploring (a )?(career|careers|the field|work|whether)\b/,
  /\byour (view|views|thoughts|take|perspective) on\b/,
] as const;

/**
 * A one-line introduction of the writer: a student, a graduate or someone changing careers,
 * with or without articles ("I am student of nursing" reads clearly enough).
 */
export const SELF_INTRO = [
  /\bi('m| am)( currently| now| also)? (a|an|in (my|the)|studying|finishing|completing|graduating|doing|taking|pursuing|enrolled|retraining|switching|moving|changing|transitioning|new to|training|starting)\b/,
  /\bi('m| am)( currently| now)? ([\w-]+ ){0,4}(student|graduate|grad|major|alum\w*|learner|apprentice|newcomer)\b/,
  /\bname(?:'s| is) [^.!?\n]{1,60}?, (a|an|the|[\w-]+[- ]year|currently|now|recently|studying|from)\b/,
  /\bas an? ([\w-]+ ){0,3}(student|graduate|grad|major|learner|career changer)\b/,
  /\bi('m| am) [^.!?\n]{1,60}?, (a |an )?([\w-]+ ){0,4}(student|graduate|grad|major|learner|newcomer)\b/,
  /\bi('ve| have)( been)? work(ed|ing) (as|in|for)\b/,
  /\bafter ([\w-]+ ){0,3}years? (as|in|of|working)\b/,
  /\bi (work|worked|study|studied|teach|taught|trained|volunteer) (as|in|at)\b/,
  /\b(currently|now) (studying|retraining|enrolled|completing|working)\b/,
] as const;

/** Markers of a long personal backstory. */
export const LIFE_STORY = [
  /\b(ever )?since i was (a |little|young|small|\d)/,
  /\bwhen i was (a kid|little|young|a child|in (high|middle|elementary) school|\d)/,
  /\bgrowing up\b/,
  /\b(my|the) whole life\b/,
  /\bi('ve| have) always (dreamed|dreamt|wanted|loved|been passionate)\b/,
  /\blet me (tell you|start with|give you) (a bit |a little )?(about|some background|my (story|background))\b/,
  /\bi was born\b/,
  /\bmy (long|whole|entire) (story|journey|background)\b/,
  /\bback in (high school|middle school|\d{4})\b/,
] as const;

/** Asking for a short conversation without a number: vague but better than nothing. */
export const VAGUE_TIME = [
  /\b(a few|a couple of|a couple|some) (quick )?minutes\b/,
  /\b(a |an )?(quick|short|brief) (call|chat|conversation|meeting|talk)\b/,
  /\b(grab|get|buy you) (a )?coffee\b/,
  /\bis (now|this) a (good|bad|okay|ok) time\b/,
  /\bdo you have a (minute|moment|second)\b/,
] as const;

/** Offering choices for when or how to talk. */
export const OPTIONS = [
  /\b(phone|telephone|call|video|zoom|teams|in person|coffee)( call)?,? (or|and\/or) (a |an )?(phone|telephone|call|video|zoom|teams|in person|coffee|email)\b/,
  /\b(whatever|whenever|any time|anytime|a time|whichever)( time| day)?( that| it)? (works|suits|is convenient|is easiest|fits)\b/,
  /\bi('m| am) flexible\b/,
  /\b(a |any )?time (that is |that's )?convenient (for|to) you\b/,
  /\b(adapt|adjust) to your (time|schedule|availability|calendar)\b/,
  /\bany (day|weekday|time|morning|afternoon|evening)s?\b/,
  /\b(sometime|some time|any time) (this|next) (week|month)\b/,
  /\bat your convenience\b/,
  /\b(around|fit|work around) your (schedule|calendar)\b/,
  /\b(in|over) the next (few|two|three|couple of|\d) (days|weeks)\b/,
  /\b(this|next) week or\b/,
  /\b(monday|tuesday|wednesday|thursday|friday|morning|afternoon)s? or (monday|tuesday|wednesday|thursday|friday|morning|afternoon|evening)s?\b/,
  /\b(a few|some|two|three) times that\b/,
  /\bif (email|writing) is easier\b/,
] as const;

/** Saying thank you. */
export const THANKS = [/\bthank(s| you)\b/, /\bgrateful\b/, /\bappreciate(d)?\b/, /\bcheers\b/] as const;

/**
 * Saying thank you in a written note, in English or in any language: a sentence that opens
 * with one word and "for our talk" / "for your time" ("Mahalo for our talk!", "Merci for your
 * time") thanks, unless the word is an apology. Not for telling a spoken closing remark from a
 * question ("Looking for the right program." is neither).
 */
export const THANKS_IN_ANY_LANGUAGE = [
  ...THANKS,
  /(^|[.!?\n]\s*)(?!(sorry|apologies|pardon|excuse)\b)[^\s.!?,]+( so much| very much)? for (our|your|the|taking|making|talking|speaking|meeting)\b/,
] as const;

/** Asking to be pointed to someone else. */
export const REFERRAL_ASK = [
  /\b(anyone|someone|somebody|anybody|who) else\b/,
  /\b(suggest|recommend|point me to|refer me to|introduce me to) (someone|anyone|a colleague|a person|other people|others|another)\b/,
  /\b(know|think of) (anyone|someone|somebody|of anyone|of someone)\b/,
  /\b(colleague|person|someone) (who|that) (might|could|would)\b/,
  /\bwho (would|should|could|might) (you suggest|i (talk|speak|reach out|contact))\b/,
  /\bother (people|professionals|folks) (i|who)\b/,
  /\b(know|recommend|suggest)\b[^?.]{0,40}\b(i|me) (could|can|should|might) (talk|speak|contact|reach|meet|chat|ask)\b/,
  /\b(connect|introduce) me (with|to)\b/,
  /\bput me in touch\b/,
] as const;

/** Asking permission to mention the person's name to others. */
export const NAME_PERMISSION = [
  /\b(mention|use|drop) your name\b/,
  /\b(say|mention|tell them) (that )?you (referred|sent|suggested)\b/,
  /\b(ok|okay|alright|all right|fine) (if|for me to|to) (i )?(mention|say|use)\b/,
] as const;

/** Inviting the person to add what was not asked. */
export const CATCH_ALL = [
  /\banything (else )?(i should have|i didn't|i haven't|i forgot to|that i should|you wish (people|students|i)|you think i should)\b/,
  /\bwhat (else )?should i have asked\b/,
  /\banything (else|important) (i|that i|you think) (missed|should know|might not know)\b/,
  /\bis there anything (else )?(you('d| would) like to add|you think i('m| am) missing)\b/,
  /\banything\b[^?.]{0,30}\bi (should (have|of)|forgot|did not|didn't|have not|haven't|missed)\b/,
  /\bwhat (else )?(did|have) i (miss|missed|forget|forgotten|not asked)\b/,
  /\bwhat (else )?(haven't|have not|didn't|did not) i ask/,
] as const;

/** Small talk that uses up time without information. */
export const SMALL_TALK = [
  /\bhow (are|is) (you|your (day|week|weekend|morning))\b/,
  /\bhow('s| is| has| have) (your|the) (day|week|weekend|weather|morning)\b/,
  /\b(the |nice )weather\b/,
  /\bhow have you been\b/,
  /\bdid you (have|do) (a good|anything fun|anything)\b/,
  /\b(did|do) you have an? (good|nice|great|relaxing|fun|restful) (weekend|week|holiday|break|trip|vacation|day|time)\b/,
  /\bwhat did you (do|get up to) (this|last) (weekend|week)\b/,
] as const;

/** Salutations addressed to nobody in particular, or to a template's unfilled placeholder ("Dear [Name],"). */
export const GENERIC_GREETING = [
  /\bdear (sir|madam)( or |\/| and )?(madam|sir)?\b/,
  /\bto whom it may concern\b/,
  /\bdear (hiring manager|recruiter|team|professional|friend)\b/,
  /\bhello (sir|madam)\b/,
  /\b(dear|hi|hello|hey) \[[^\]\n]{1,40}\]/,
] as const;

/** Pressing on after a no or a not-now. */
export const PUSHY = [
  /\b(it|this) (will|would|'ll)? ?only take (a|one|two|five)\b/,
  /\b(just|only) (one|a) (quick|small|tiny|last) (question|thing|minute)\b/,
  /\bwon't take (long|much)\b/,
  /\bare you sure\b/,
  /\bcan('t| not) you (just|make)\b/,
  /\bplease,? (i really|it's really)\b/,
] as const;

/** A promise to try again or follow up. */
export const FOLLOW_UP = [
  /\bi('ll| will)( also| then| just)? (try|call|ring|reach out|follow up|check (back|in)|email|write)( you)?( back| again| later)?\b/,
  /\bi('ll| will) (give you (a|another)|send you a) (call|ring|note|email|try)\b/,
  /\bi (try|call|ring|phone)( you)? (again|back)\b/,
  /\b(follow|following) up\b/,
  /\bif i (don't|do not) hear\b/,
  /\btry (you|your (office|line)) again\b/,
] as const;

/** A point in time: a day, part of a day, a clock time or a relative date. */
export const TIME_WORD = [
  /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\b/,
  /\b(tomorrow|tonight|today|this (afternoon|evening|morning))\b/,
  /\bnext (week|month|monday|tuesday|wednesday|thursday|friday)\b/,
  /\bin (a|one|two|three|a couple of|a few) (days?|weeks?)\b/,
  /\b(at|around|after|before) \d{1,2}(:\d\d)?\s*(am|pm|a\.m\.|p\.m\.|o'clock)?\b/,
  /\b\d{1,2}(:\d\d)?\s*(am|pm|a\.m\.|p\.m\.)\b/,
  /\b(early|later|end of) (next )?(week|month)\b/,
  /\b(morning|afternoon|evening)\b/,
] as const;

/** Stiff, inflated or formulaic wording that plain language avoids. */
export const STIFF_LANGUAGE = [
  /\bi am writing (to|this (email|letter) to) (inquire|enquire|express|request)\b/,
  /\b(esteemed|humbly|herewith|hereby|heretofore|aforementioned)\b/,
  /\bkindly\b/,
  /\b(synergy|synergies|leverage|circle back|touch base|value-add|per my)\b/,
  /\butili[sz]e\b/,
  /\bat your earliest convenience\b/,
  /\bplease do not hesitate\b/,
  /\bi would be (most|deeply|extremely) (honou?red|grateful)\b/,
] as const;

/** Sign-offs that close a written message. */
export const SIGN_OFF = [
  /(^|\n)\s*(best|best regards|kind regards|regards|warm regards|many thanks|thanks|thank you|sincerely|cheers|all the best|with thanks|with gratitude)( so much| very much| again)?[,!.]?\s*(\n|$)/,
  /\b(thank you|thanks) (so much |very much |again )?(for|in advance)\b/,
] as const;
