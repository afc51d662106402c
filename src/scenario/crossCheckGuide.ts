import type { Scenario } from '../sim';
import type { Path } from './locate';

/** The teacher guide agrees with itself and with the learning questions: minutes add up, one note per question. */
export function checkGuide(sc: Scenario, add: (path: Path, message: string) => void): void {
  const g = sc.teacherGuide;
  if (!g) return;
  const total = g.plan.reduce((t, x) => t + x.minutes, 0);
  if (total !== g.minutes) add(['teacherGuide', 'plan'], `the plan's steps add up to ${total} minutes, not the guide's ${g.minutes}`);
  const questions = sc.learning?.questions.length ?? 0;
  if (g.questionNotes.length !== questions)
    add(
      ['teacherGuide', 'questionNotes'],
      `${g.questionNotes.length} question notes for ${questions} core questions: give one note per question, in order`,
    );
  if (g.extensionNotes !== undefined) {
    const extensions = sc.learning?.extensions?.length ?? 0;
    if (g.extensionNotes.length !== extensions)
      add(
        ['teacherGuide', 'extensionNotes'],
        `${g.extensionNotes.length} extension notes for ${extensions} extensions: give one note per extension, in order`,
      );
  }
}
