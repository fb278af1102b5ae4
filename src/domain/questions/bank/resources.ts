import { defineCategory } from './define.js';

/** Associations, publications, events and people that help the student keep learning. */
export const RESOURCES_QUESTIONS = defineCategory('resources', [
  {
    id: 'resources-associations', targets: ['universal'], tier: 'should', minutes: 1,
    text: 'Which professional associations or groups do you find most useful?',
    probes: ['How do students usually get involved with them?', 'Which of their events are worth attending?'],
  },
  {
    id: 'resources-reading', targets: ['universal'], tier: 'should', minutes: 1,
    text: 'Which publications, newsletters or podcasts do you rely on to stay informed?',
    probes: ['Which one would you start with?'],
  },
  {
    id: 'resources-student-events', targets: ['universal'], tier: 'nice', minutes: 1,
    text: 'Which events or conferences are worth attending as a student?',
    probes: ['How do students usually afford them?'],
  },
  {
    id: 'resources-online-communities', targets: ['universal'], tier: 'nice', minutes: 1,
    text: 'Which online communities are worth following in this area?',
    probes: ['Which ones are more noise than signal?'],
  },
  {
    id: 'resources-occupation-honest-picture', targets: ['occupation'], tier: 'must', minutes: 2,
    text: 'Where would you send someone who wants an honest picture of the work of a {subject}?',
    probes: ['Which popular sources paint a misleading picture?'],
  },
  {
    id: 'resources-occupation-learning', targets: ['occupation'], tier: 'should', minutes: 1,
    text: 'Which resources helped you most when you were learning to work as a {subject}?',
    probes: ['Which of them would you still recommend today?'],
  },
  {
    id: 'resources-industry-news', targets: ['industry'], tier: 'must', minutes: 1,
    text: 'Which sources do people in {subject} trust for news about its main players and deals?',
    probes: ['Which of them would you read first if you had only ten minutes a week?'],
  },
  {
    id: 'resources-industry-labour-data', targets: ['industry'], tier: 'nice', minutes: 1,
    text: 'Where could I find reliable labour market information about {subject}?',
    probes: ['How do you read that kind of information yourself?'],
  },
  {
    id: 'resources-org-beyond-website', targets: ['organization'], tier: 'should', minutes: 1,
    text: 'Where could I learn more about what it is like to work at {subject}, beyond its website?',
    probes: ['Which sources give the most honest picture?'],
  },
  {
    id: 'resources-org-student-events', targets: ['organization'], tier: 'nice', minutes: 1,
    text: 'Which events or programs does {subject} run that are open to students?',
    probes: ['How do students usually find out about them?'],
  },
  {
    id: 'resources-org-other-teams', targets: ['organization'], tier: 'should', minutes: 1,
    text: 'Which teams at {subject} would be most interesting to learn about next?',
    probes: ['What makes the work of those teams distinctive?'],
  },
  {
    id: 'resources-program-honest-sources', targets: ['program'], tier: 'should', minutes: 1,
    text: 'Where can applicants get the most honest picture of {subject}?',
    probes: ['Which sources are out of date?'],
  },
  {
    id: 'resources-program-services', targets: ['program'], tier: 'should', minutes: 1,
    text: 'Which services connected to {subject} should a new student use early?',
    probes: ['Which ones do you wish you had used sooner?'],
  },
  {
    id: 'resources-program-students', targets: ['program'], tier: 'must', minutes: 1,
    text: 'How could I connect with current students or recent graduates of {subject}?',
    probes: ['Which events bring applicants and students together?'],
  },
  {
    id: 'resources-program-prep-materials', targets: ['program'], tier: 'nice', minutes: 1,
    text: 'Which books or online courses would help someone get ready for {subject}?',
    probes: ['Which ones did you use yourself?'],
  },
  {
    id: 'resources-industry-voices', targets: ['industry'], tier: 'nice', minutes: 1,
    text: 'Which people or voices in {subject} are worth following?',
    probes: ['What makes their view worth hearing?'],
  },
  {
    id: 'resources-org-public-talks', targets: ['organization'], tier: 'nice', minutes: 1,
    text: 'Which reports or talks by people at {subject} would you point me to?',
    probes: ['Which of them best shows how the place thinks?'],
  },
  {
    id: 'resources-program-graduate-network', targets: ['program'], tier: 'nice', minutes: 1,
    text: 'How active is the graduate network of {subject} in helping newer graduates find their way?',
    probes: ['Where do graduates of the program tend to gather?'],
  },
]);
