import type { ContentTranslation } from './types.ts';

/*
 * German health content. Informal "du", as in the rest of the app; short, calm sentences in plain
 * words, with the Latin muscle names kept in brackets where the English has them.
 */

/** The same two basic cautions every static stretch carries (stretches.ts: gentle, stopIf). */
const gentle = 'Geh langsam bis zu einem leichten Ziehen, nie bis zum Schmerz, und federe nicht.';
const stopIf = 'Hör auf, wenn du stechende Schmerzen, Taubheit oder Kribbeln spürst.';
const hamstrings = 'Rückseite des Oberschenkels (hintere Oberschenkelmuskeln)';

/** Said in every relief guide (relief.ts). */
const stop = 'Hör auf mit dem, was du gerade tust, und halte einen Moment still.';
const holdUntil = 'Dehne nur die verkrampfte Seite, sanft, und halte, bis der Krampf nachlässt. Atme langsam; halte nicht die Luft an.';
const warmthOrCold =
  'Danach kann Wärme (ein warmes Handtuch oder Bad) einen Muskel, der fest bleibt, vielleicht entspannen, und ein in ein Tuch gewickeltes Kühlpack kann Schmerzen vielleicht lindern. Nutze keine Wärme, wo deine Haut weniger spürt, etwa bei Diabetes oder Nervenschäden.';
const tender = 'Der Muskel kann sich einen Tag lang empfindlich anfühlen. Das ist häufig.';
const afterExercise = 'Wenn er beim Sport kam, hör für heute auf oder mach nur noch ganz locker weiter.';
const sipWater = 'Trink ein paar Schlucke Wasser, wenn du Durst hast.';
const exerciseCrampNote =
  'Sanftes statisches Dehnen, bis der Krampf nachlässt, ist die übliche Behandlung bei Krämpfen beim Sport; es beruht auf Expertenkonsens.';
const handNote =
  'Einen verkrampften Muskel zu dehnen und zu massieren ist übliche Selbsthilfe; Dehnungen für die Hand wurden nicht in Studien geprüft.';

export const de: ContentTranslation = {
  stretches: {
    'calf-wall': {
      name: 'Wadendehnung an der Wand',
      target: 'Wade (Gastrocnemius), Knie gestreckt',
      illustrationAlt:
        'Eine Person lehnt sich an eine Wand, ein Bein nach hinten gestellt, das Knie gestreckt und die Ferse am Boden.',
      steps: [
        'Stell dich eine Armlänge vor eine Wand und leg beide Hände daran.',
        'Setz einen Fuß nach hinten. Halte dieses Knie gestreckt und die Ferse am Boden.',
        'Beug das vordere Knie und lehn dich langsam vor, bis du in der hinteren Wade eine Dehnung spürst.',
        'Halte still und atme. Dann wechsle das Bein.',
      ],
      cautions: [gentle, 'Lass die Zehen des hinteren Fußes nach vorn zeigen, nicht zur Seite.', stopIf],
      evidenceNote:
        'Wadendehnungen sind der übliche Rat, um Beinkrämpfe zu lindern und ihnen vorzubeugen; Studien zur Vorbeugung durch Dehnen zeigen gemischte Ergebnisse.',
    },
    'soleus-bent-knee': {
      name: 'Wadendehnung mit gebeugtem Knie',
      target: 'Tiefe Wade (Soleus), Knie gebeugt',
      illustrationAlt:
        'Eine Person an einer Wand, der hintere Fuß einen kleinen Schritt zurück, beide Knie gebeugt und die hintere Ferse am Boden.',
      steps: [
        'Stell dich mit dem Gesicht zu einer Wand und leg die Hände daran.',
        'Setz einen Fuß ein kleines Stück nach hinten, die Ferse am Boden.',
        'Beug beide Knie und senk dich ein wenig ab. Lass die hintere Ferse unten.',
        'Spür die Dehnung tief unten in der Wade, knapp über dem Knöchel. Halte sie, dann wechsle das Bein.',
      ],
      cautions: [
        gentle,
        'Wenn sich die Ferse hebt, mach einen kürzeren Schritt.',
        'Hör auf, wenn die Rückseite des Knöchels (Achillessehne) schmerzt.',
      ],
      evidenceNote:
        'Mit gebeugtem Knie verlagert sich die Dehnung auf den Soleus, den tieferen Wadenmuskel; das folgt aus der Anatomie, nicht aus einer Studie zu Krämpfen.',
    },
    'towel-calf': {
      name: 'Wadendehnung mit Handtuch',
      target: 'Wade und Fußsohle',
      illustrationAlt:
        'Eine Person sitzt mit gestreckten Beinen, ein Handtuch um einen Fuß gelegt und sanft zu sich gezogen.',
      steps: [
        'Setz dich mit gestreckten Beinen auf den Boden oder ins Bett.',
        'Leg ein Handtuch, einen Gürtel oder einen Schal um den Ballen eines Fußes.',
        'Zieh sanft, sodass die Zehen zu dir kommen. Halte das Knie gestreckt.',
        'Halte und atme. Dann wechsle das Bein.',
      ],
      cautions: [gentle, 'Wenn dein Rücken steif ist, lehn dich an eine Wand oder beug das andere Knie.'],
      evidenceNote:
        'Die Zehen Richtung Schienbein zu ziehen ist der übliche Weg, einen Waden- oder Fußkrampf im Bett zu lösen; das beruht auf klinischer Erfahrung.',
    },
    'toe-wall': {
      name: 'Zehendehnung an der Wand',
      target: 'Fußsohle (Plantarfaszie) und Wade',
      illustrationAlt: 'Eine Person an einer Wand, die Zehen eines Fußes gegen die Wand gestellt, die Ferse am Boden.',
      steps: [
        'Stell dich mit dem Gesicht zu einer Wand, die Hände daran.',
        'Stell die Zehen eines Fußes gegen die Wand. Lass die Ferse am Boden.',
        'Lehn dich sanft vor, bis du in Fußsohle und Wade eine Dehnung spürst.',
        'Lieber im Sitzen? Leg einen Knöchel auf das andere Knie und zieh die Zehen mit der Hand zurück.',
      ],
      cautions: [gentle, 'Trag Schuhe oder stell dich auf eine Matte, wenn der Boden rutschig ist.', stopIf],
      evidenceNote:
        'Die Zehen nach hinten zu ziehen dehnt die Fußsohle; das ist gängige Praxis, keine geprüfte Behandlung gegen Krämpfe.',
    },
    'heel-raises': {
      name: 'Fersenheben',
      target: 'Waden und Knöchel (in Bewegung)',
      illustrationAlt: 'Eine Person hält sich an einer Stuhllehne fest und hebt sich auf die Fußballen.',
      steps: [
        'Stell dich aufrecht hin und halte dich an einem Stuhl, Tisch oder an der Wand fest.',
        'Heb dich langsam auf die Fußballen.',
        'Senk die Fersen kontrolliert wieder ab.',
        'Bleib in einem ruhigen Rhythmus, etwa einmal alle zwei Sekunden.',
      ],
      cautions: [
        'Halte dich an etwas Stabilem fest.',
        'Hör auf, wenn deine Wade zu krampfen beginnt, und dehn sie stattdessen.',
      ],
      evidenceNote:
        'Kurze, leichte Bewegung während langen Sitzens verbesserte in einer kleinen Studie den Blutzucker; ihre Wirkung auf Krämpfe wurde nicht untersucht.',
    },
    'ankle-circles': {
      name: 'Fußkreisen',
      target: 'Knöchel und Füße (in Bewegung)',
      illustrationAlt: 'Eine Person sitzt auf einem Stuhl, einen Fuß angehoben, und zeichnet mit den Zehen Kreise.',
      steps: [
        'Setz dich aufrecht hin und heb einen Fuß ein wenig vom Boden.',
        'Zeichne mit den Zehen langsame, weite Kreise.',
        'Erst in die eine Richtung, dann in die andere.',
        'Wechsle den Fuß.',
      ],
      cautions: ['Beweg dich langsam und nur so weit, wie es angenehm ist.'],
      evidenceNote:
        'Leitlinien raten, langes Sitzen mit jeder Art von Bewegung zu unterbrechen; Fußkreisen ist ein sanftes Beispiel, keine geprüfte Behandlung gegen Krämpfe.',
    },
    'hamstring-step': {
      name: 'Dehnung der Oberschenkelrückseite auf einer Stufe',
      target: hamstrings,
      illustrationAlt:
        'Eine Person mit einer Ferse auf einer niedrigen Stufe beugt sich mit langem Rücken aus der Hüfte nach vorn.',
      steps: [
        'Leg eine Ferse auf eine niedrige Stufe oder eine stabile Kiste, die Zehen zeigen nach oben.',
        'Halte dieses Knie gestreckt oder ganz leicht gebeugt.',
        'Beug dich mit langem Rücken aus der Hüfte nach vorn.',
        'Stopp, sobald du hinten im Oberschenkel eine Dehnung spürst. Halte sie, dann wechsle das Bein.',
      ],
      cautions: [gentle, 'Mach keinen runden Rücken, um weiter zu kommen.', stopIf],
      evidenceNote:
        'Sanfte Dehnungen der Oberschenkelrückseite sind ein üblicher Rat für mehr Beweglichkeit; ob sie Krämpfen vorbeugen, ist kaum untersucht.',
    },
    'hamstring-seated': {
      name: 'Dehnung der Oberschenkelrückseite im Sitzen',
      target: hamstrings,
      illustrationAlt:
        'Eine Person sitzt vorn auf einem Stuhl, ein Bein nach vorn gestreckt, die Ferse am Boden, und beugt sich vor.',
      steps: [
        'Setz dich weit nach vorn auf einen stabilen Stuhl.',
        'Streck ein Bein vor dir aus, die Ferse am Boden, die Zehen nach oben.',
        'Richte dich auf und beug dich dann aus der Hüfte nach vorn.',
        'Leg die Hände auf den anderen Oberschenkel. Halte, dann wechsle das Bein.',
      ],
      cautions: [gentle, 'Nimm einen Stuhl, der nicht kippt oder wegrollt.', stopIf],
      evidenceNote:
        'Eine Variante im Sitzen einer üblichen Dehnung der Oberschenkelrückseite; sie beruht auf gängiger Praxis, nicht auf Studien.',
    },
    'quad-standing': {
      name: 'Oberschenkeldehnung im Stehen',
      target: 'Vorderseite des Oberschenkels (Quadrizeps)',
      illustrationAlt:
        'Eine Person hält sich an einem Stuhl fest, eine Ferse hinten zum Gesäß gezogen, eine Hand am Knöchel.',
      steps: [
        'Stell dich aufrecht hin und halte dich mit einer Hand an einem Stuhl oder an der Wand fest.',
        'Beug ein Knie und führ die Ferse zum Gesäß.',
        'Fass den Knöchel mit der freien Hand. Halte die Knie nebeneinander.',
        'Richte das Becken ein wenig auf. Halte, dann wechsle das Bein.',
      ],
      cautions: [
        gentle,
        'Wenn du den Knöchel nicht erreichst, leg ein Handtuch darum.',
        'Lass diese Dehnung aus, wenn Knien oder Beugen deinem Knie wehtut.',
      ],
      evidenceNote:
        'Eine übliche Oberschenkeldehnung für die Beweglichkeit; Belege, dass sie Krämpfen vorbeugt, fehlen.',
    },
    'hip-flexor-kneel': {
      name: 'Hüftbeuger-Dehnung im Knien',
      target: 'Vorderseite der Hüfte (Hüftbeuger)',
      illustrationAlt:
        'Eine Person kniet auf einem Knie, der andere Fuß steht vorn, der Oberkörper aufrecht, die Hüfte sanft nach vorn geschoben.',
      steps: [
        'Knie dich mit einem Knie auf eine weiche Unterlage. Stell den anderen Fuß flach vor dir auf.',
        'Mach dich lang und richte das Becken ein wenig auf.',
        'Schieb die Hüfte sanft nach vorn, bis du vorn an der Hüfte des hinteren Beins eine Dehnung spürst.',
        'Halte, dann wechsle die Seite.',
      ],
      cautions: [gentle, 'Leg ein gefaltetes Handtuch unter das Knie.', 'Halte das vordere Knie über dem Knöchel.'],
      evidenceNote:
        'Hilfreich nach langem Sitzen, bei dem die Hüfte gebeugt bleibt; gängige Praxis, keine geprüfte Behandlung gegen Krämpfe.',
    },
    'knee-hug': {
      name: 'Knie umarmen im Liegen',
      target: 'Gesäß (Gesäßmuskeln) und unterer Rücken',
      illustrationAlt: 'Eine Person liegt auf dem Rücken, ein Bein lang, das andere Knie zur Brust gezogen.',
      steps: [
        'Leg dich auf den Rücken, auf den Boden oder ins Bett.',
        'Zieh ein Knie zur Brust. Fass das Bein knapp unterhalb des Knies.',
        'Lass das andere Bein lang und entspannt.',
        'Atme langsam. Halte, dann wechsle das Bein.',
      ],
      cautions: [
        gentle,
        'Lass den Kopf auf der Unterlage liegen.',
        'Fass stattdessen hinter den Oberschenkel, wenn dein Knie schmerzt.',
      ],
      evidenceNote:
        'Eine sanfte, weit verbreitete Dehnung für Gesäß und unteren Rücken; sie beruht auf gängiger Praxis.',
    },
    'childs-pose': {
      name: 'Stellung des Kindes',
      target: 'Unterer Rücken',
      illustrationAlt:
        'Eine Person kniet und setzt sich zurück Richtung Fersen, den Oberkörper nach vorn gebeugt, die Arme lang auf dem Boden.',
      steps: [
        'Knie dich auf eine weiche Unterlage, die Knie etwas auseinander.',
        'Setz dich zurück Richtung Fersen.',
        'Beug dich nach vorn und leg die Arme lang vor dir auf den Boden.',
        'Lass den Rücken locker und atme langsam hinein.',
      ],
      cautions: [
        gentle,
        'Leg ein Kissen zwischen Fersen und Gesäß, wenn deine Knie sich melden.',
        'Lass sie aus, wenn Knien wehtut.',
      ],
      evidenceNote:
        'Eine entspannende Dehnung für den unteren Rücken aus dem Yoga; sie stützt sich auf praktische Erfahrung, nicht auf Studien.',
    },
    'wrist-flexor': {
      name: 'Handgelenkdehnung am Tisch',
      target: 'Unterarm- und Fingerbeuger (Seite der Handfläche)',
      illustrationAlt:
        'Eine Person an einem Tisch mit gestreckten Armen, die Handflächen flach auf dem Tisch, die Finger zeigen zu ihr zurück.',
      steps: [
        'Stell dich an einen Schreibtisch oder Tisch.',
        'Leg die Handflächen flach darauf, die Finger zeigen zu dir.',
        'Halte die Ellbogen gestreckt und lehn dich sanft zurück.',
        'Spür die Dehnung an der Innenseite der Unterarme. Halte sie.',
      ],
      cautions: [gentle, 'Dreh die Hände weniger weit, wenn die Handgelenke schmerzen.', stopIf],
      evidenceNote:
        'Eine gängige Dehnung am Schreibtisch für die Muskeln, die die Finger beugen; als Behandlung gegen Krämpfe ist sie nicht geprüft.',
    },
    'wrist-extensor': {
      name: 'Dehnung der Handgelenkstrecker',
      target: 'Unterarmstrecker (Rückseite des Unterarms)',
      illustrationAlt:
        'Eine Person streckt einen Arm nach vorn, das Handgelenk nach unten gebeugt, die andere Hand drückt auf den Handrücken.',
      steps: [
        'Streck einen Arm nach vorn, den Ellbogen gestreckt, die Handfläche nach unten.',
        'Lass das Handgelenk abknicken, sodass die Finger zum Boden zeigen.',
        'Drück mit der anderen Hand den Handrücken sanft zu dir.',
        'Spür die Dehnung oben am Unterarm. Halte sie, dann wechsle den Arm.',
      ],
      cautions: [gentle, stopIf],
      evidenceNote:
        'Eine übliche Dehnung für die Rückseite des Unterarms, oft genutzt von Menschen, die viel tippen; bei Krämpfen nicht untersucht.',
    },
    'finger-fan': {
      name: 'Fingerfächer',
      target: 'Hand- und Fingermuskeln (in Bewegung)',
      illustrationAlt: 'Eine offene Hand mit weit gespreizten Fingern und Daumen.',
      steps: [
        'Spreiz Finger und Daumen so weit, wie es angenehm ist.',
        'Halte das einen Atemzug lang.',
        'Schließ die Hand zu einer weichen, lockeren Faust.',
        'Öffne und schließ sie langsam, immer wieder.',
      ],
      cautions: [
        'Halte die Faust locker; drück nicht fest zu.',
        'Bei einem Krampf in der Hand spreiz die Finger stattdessen und halte sie so.',
      ],
      evidenceNote:
        'Das Öffnen der Hand dehnt die Muskeln, die die Finger beugen; eine einfache, nicht geprüfte Art, die Hand zu lockern.',
    },
    'neck-side': {
      name: 'Seitliche Nackendehnung',
      target: 'Seite des Halses',
      illustrationAlt: 'Eine Person, von vorn gesehen, neigt den Kopf, sodass ein Ohr sich der Schulter nähert.',
      steps: [
        'Setz oder stell dich aufrecht hin, die Schultern locker.',
        'Neig den Kopf, sodass ein Ohr sich der Schulter auf dieser Seite nähert.',
        'Leg die Hand dieser Seite leicht auf den Kopf, wenn du magst. Zieh nicht.',
        'Lass die andere Schulter sinken. Halte, dann wechsle die Seite.',
      ],
      cautions: [
        'Beweg dich langsam und bleib sanft.',
        'Leg den Kopf nicht weit in den Nacken.',
        'Hör auf und hol dir Rat, wenn dir schwindlig wird oder deine Arme kribbeln.',
      ],
      evidenceNote: 'Eine gängige Dehnung am Schreibtisch bei steifem Nacken; sie beruht auf praktischer Erfahrung.',
    },
    'shoulder-cross': {
      name: 'Schulterdehnung vor der Brust',
      target: 'Hintere Schulter und oberer Rücken',
      illustrationAlt:
        'Eine Person, von vorn gesehen, zieht einen Arm quer vor die Brust und hält ihn mit der anderen Hand.',
      steps: [
        'Führ einen Arm auf Schulterhöhe quer vor die Brust.',
        'Halte ihn mit der anderen Hand oberhalb des Ellbogens.',
        'Zieh ihn sanft näher heran. Lass die Schulter unten, weg vom Ohr.',
        'Halte, dann wechsle den Arm.',
      ],
      cautions: [gentle, 'Fass oberhalb des Ellbogens an, nicht am Gelenk.'],
      evidenceNote:
        'Eine übliche Schulterdehnung; nützlich nach langen Stunden an der Tastatur, auch wenn sie bei Krämpfen nicht untersucht ist.',
    },
    'shoulder-rolls': {
      name: 'Schulterkreisen',
      target: 'Schultern und oberer Rücken (in Bewegung)',
      illustrationAlt: 'Eine Person steht aufrecht und kreist die Schultern nach oben, hinten und unten.',
      steps: [
        'Steh oder sitz aufrecht, die Arme locker.',
        'Zieh die Schultern hoch Richtung Ohren.',
        'Roll sie in einem langsamen Kreis nach hinten und unten.',
        'Wiederhole das und mach dann ein paar Kreise in die andere Richtung.',
      ],
      cautions: ['Beweg dich langsam und locker.'],
      evidenceNote:
        'Leitlinien empfehlen, langes Sitzen mit jeder leichten Bewegung zu unterbrechen; Schulterkreisen ist ein sanftes Beispiel.',
    },
    marching: {
      name: 'Marschieren auf der Stelle',
      target: 'Hüfte und Beine (in Bewegung)',
      illustrationAlt:
        'Eine Person steht aufrecht, ein Knie auf Hüfthöhe angehoben, der gegenüberliegende Arm nach vorn.',
      steps: [
        'Stell dich aufrecht neben etwas, an dem du dich festhalten kannst.',
        'Heb ein Knie Richtung Hüfthöhe und setz den Fuß wieder ab.',
        'Wechsle das Bein und schwing die Arme mit.',
        'Bleib in einem lockeren, gleichmäßigen Tempo.',
      ],
      cautions: ['Heb die Knie nur so hoch, wie es angenehm ist.', 'Halte dich fest, wenn du unsicher stehst.'],
      evidenceNote:
        'Kurze leichte Bewegung während langen Sitzens verbesserte in einer kleinen Studie den Blutzucker nach dem Essen; die Wirkung auf Krämpfe ist nicht untersucht.',
    },
    'leg-swings': {
      name: 'Beinpendel',
      target: 'Oberschenkelrückseite und Hüftbeuger (in Bewegung)',
      illustrationAlt: 'Eine Person steht auf einem Bein und schwingt das andere Bein vor und zurück.',
      steps: [
        'Stell dich seitlich zu einer Wand und leg eine Hand daran.',
        'Schwing das äußere Bein wie ein Pendel vor und zurück.',
        'Fang klein an. Lass den Schwung größer werden, wenn die Hüfte lockerer wird.',
        'Wechsle das Bein.',
      ],
      cautions: ['Schwing kontrolliert, nicht mit Wucht.', 'Bleib aufrecht; lehn dich nicht nach hinten.'],
      evidenceNote:
        'Übersichtsarbeiten zeigen, dass dynamische Bewegungen wie diese die Muskeln auf Sport vorbereiten, ohne den Leistungsabfall, den langes statisches Halten verursachen kann; ob sie Krämpfen vorbeugen, ist nicht untersucht.',
    },
    'walking-lunges': {
      name: 'Ausfallschritte im Gehen',
      target: 'Oberschenkel, Gesäß und Hüfte (in Bewegung)',
      illustrationAlt: 'Eine Person macht einen Ausfallschritt nach vorn, das hintere Knie Richtung Boden gesenkt.',
      steps: [
        'Mach einen langen Schritt nach vorn.',
        'Beug beide Knie und senk das hintere Knie Richtung Boden.',
        'Halte das vordere Knie über dem Knöchel und den Oberkörper aufrecht.',
        'Drück dich hoch und geh gleich in den nächsten Ausfallschritt.',
      ],
      cautions: [
        'Geh nur so tief, wie du dich sicher fühlst.',
        'Lass die Übung aus oder mach kürzere Schritte, wenn deine Knie schmerzen.',
      ],
      evidenceNote:
        'Große dynamische Bewegungen sind der empfohlene Teil eines Aufwärmprogramms; ob sie Krämpfen vorbeugen, wurde nicht untersucht.',
    },
    'easy-walk': {
      name: 'Lockeres Gehen',
      target: 'Ganzer Körper (in Bewegung)',
      illustrationAlt: 'Eine Person geht in entspanntem Tempo und lässt die Arme schwingen.',
      steps: [
        'Geh in einem entspannten, lockeren Tempo.',
        'Lass die Arme locker mitschwingen.',
        'Atme langsam und lass deinen Puls zur Ruhe kommen.',
      ],
      cautions: ['Bleib locker; das ist zum Aufwärmen oder zum Runterkommen gedacht.'],
      evidenceNote:
        'Leichte Bewegung vor dem Dehnen wärmt die Muskeln, und nach dem Laufen bringt sie den Körper zur Ruhe zurück; ein gängiger Rat.',
    },
  },

  routines: {
    'desk-move': {
      name: 'Bewegungspause am Schreibtisch',
      purpose: 'Eine kurze Pause vom Sitzen: Bring das Blut in den Beinen in Schwung und lockere die Schultern.',
      evidenceNote:
        'In einer kleinen Laborstudie senkten zwei Minuten leichtes Gehen alle 20 Minuten den Blutzucker nach dem Essen; die Wirkung auf Krämpfe und Steifheit ist nicht untersucht.',
    },
    'desk-stretch': {
      name: 'Fünf-Minuten-Dehnpause',
      purpose: 'Dehn die Muskeln, die am Schreibtisch steif werden: Waden, Oberschenkel, Schultern, Nacken und Unterarme.',
      evidenceNote:
        'Sanftes Halten für etwa 30 Sekunden ohne Federn ist der übliche Rat für Beweglichkeit; dass Dehnen Krämpfen vorbeugt, ist kaum belegt.',
    },
    'pre-run-warmup': {
      name: 'Aufwärmen vor dem Laufen',
      purpose: 'Wärm dich vor dem Laufen mit Dehnungen in Bewegung auf statt mit langem Halten.',
      evidenceNote:
        'Lockeres Traben oder Gehen und danach dynamische Bewegungen: So sieht das Aufwärmen aus, das Übersichtsarbeiten für die Leistung empfehlen; ob Aufwärmen Krämpfen vorbeugt, wurde nicht direkt untersucht.',
    },
    'post-run-cooldown': {
      name: 'Abwärmen nach dem Laufen',
      purpose: 'Geh, bis sich dein Atem beruhigt, und dehn dann die Beine, solange sie warm sind.',
      evidenceNote:
        'Warme Muskeln nach dem Sport zu dehnen ist der übliche Rat für Beweglichkeit; die Wirkung auf Krämpfe später am Tag ist nicht bekannt.',
    },
    'bedtime-calves': {
      name: 'Dehnen vor dem Schlafen',
      purpose:
        'Ein paar Minuten Dehnen von Waden und Oberschenkelrückseiten kurz vor dem Schlafen, gegen nächtliche Beinkrämpfe.',
      evidenceNote:
        'In einer Studie mit 80 älteren Erwachsenen führten abendliche Dehnungen von Waden und Oberschenkelrückseiten nach sechs Wochen zu selteneren und milderen nächtlichen Krämpfen; andere Studien fanden wenig Nutzen.',
    },
    'relief-calf': {
      name: 'Hilfe bei Wadenkrampf',
      purpose: 'Übe die Wadendehnungen zwischen den Krämpfen. Bei einem Krampf nimm stattdessen die Soforthilfe: Sie hält, bis der Krampf nachlässt.',
      evidenceNote:
        'Gesundheitsdienste raten bei einem Krampf, den Muskel zu dehnen und zu reiben; das beruht auf klinischer Erfahrung und einigen Laborstudien.',
    },
    'relief-foot': {
      name: 'Hilfe bei Fußkrampf',
      purpose: 'Übe die Fußdehnungen zwischen den Krämpfen. Bei einem Krampf nimm stattdessen die Soforthilfe: Sie hält, bis der Krampf nachlässt.',
      evidenceNote:
        'Den verkrampften Muskel zu dehnen ist übliche Erste Hilfe; gezielte Fußdehnungen gegen Krämpfe wurden nicht in Studien geprüft.',
    },
    'relief-hamstring': {
      name: 'Hilfe bei Krampf hinten im Oberschenkel',
      purpose: 'Übe die Dehnungen für die Oberschenkelrückseite zwischen den Krämpfen. Bei einem Krampf nimm stattdessen die Soforthilfe: Sie hält, bis der Krampf nachlässt.',
      evidenceNote: exerciseCrampNote,
    },
    'relief-quadriceps': {
      name: 'Hilfe bei Krampf vorn im Oberschenkel',
      purpose: 'Übe die Dehnungen für die Oberschenkelvorderseite zwischen den Krämpfen. Bei einem Krampf nimm stattdessen die Soforthilfe: Sie beginnt im Liegen oder Sitzen und hält, bis der Krampf nachlässt.',
      evidenceNote: exerciseCrampNote,
    },
    'relief-hand': {
      name: 'Hilfe bei Handkrampf',
      purpose: 'Übe die Handgelenksdehnungen zwischen den Krämpfen. Bei einem Krampf nimm stattdessen die Soforthilfe: Sie hält, bis der Krampf nachlässt.',
      evidenceNote: handNote,
    },
  },

  relief: {
    calf: {
      name: 'Wadenkrampf',
      immediate: [stop, 'Setz oder leg dich hin, das verkrampfte Bein gestreckt.', holdUntil],
      holds: [
        'Halte das verkrampfte Bein gestreckt und zieh seine Zehen Richtung Schienbein, mit der Hand oder einem Handtuch um den Fußballen.',
        'Wenn du sicher stehen kannst: Stell dich vor eine Wand, das verkrampfte Bein hinten, Ferse am Boden, Knie gestreckt, und lehn dich sanft nach vorn.',
      ],
      easing: ['Sobald er nachlässt, reib die Wade kräftig.', 'Geh dann ein wenig umher.'],
      afterwards: [warmthOrCold, tender],
      evidenceNote:
        'Dehnen und Massieren raten Gesundheitsdienste bei einem Beinkrampf; in Studien ist beides kaum geprüft.',
    },
    foot: {
      name: 'Fußkrampf',
      immediate: [stop, 'Setz dich so, dass du den verkrampften Fuß erreichst.', holdUntil],
      holds: [
        'Zieh die Zehen des verkrampften Fußes mit der Hand oder einem Handtuch Richtung Schienbein.',
        'Wenn er wieder fest wird: Stell die Zehen des verkrampften Fußes an eine Wand, die Ferse am Boden, und lehn dich sanft nach vorn.',
      ],
      easing: ['Reib die Fußsohle mit den Daumen, während er nachlässt.', 'Kreis den Fuß langsam im Knöchel, um ihn zu lockern.'],
      afterwards: [warmthOrCold, tender],
      evidenceNote:
        'Den Muskel zu dehnen und zu reiben ist übliche Erste Hilfe bei einem Krampf; das beruht auf klinischer Erfahrung.',
    },
    hamstring: {
      name: 'Krampf hinten im Oberschenkel',
      immediate: [stop, 'Setz dich auf den Boden oder ein Bett.', holdUntil],
      holds: [
        'Streck das verkrampfte Bein vor dir aus, beug das andere Knie und lehn dich mit geradem Rücken sanft aus der Hüfte nach vorn.',
        'Wenn er wieder fest wird und du sicher stehen kannst: Leg die Ferse des verkrampften Beins auf eine niedrige Stufe, halte das Knie gestreckt und lehn dich aus der Hüfte nach vorn.',
      ],
      easing: ['Reib die Rückseite des Oberschenkels, sobald er nachlässt.'],
      afterwards: [warmthOrCold, afterExercise, sipWater],
      evidenceNote: exerciseCrampNote,
    },
    quadriceps: {
      name: 'Krampf vorn im Oberschenkel',
      immediate: [stop, 'Leg dich auf die Seite, das verkrampfte Bein oben, oder setz dich seitlich auf einen Stuhl.', holdUntil],
      holds: [
        'In Seitenlage (oder seitlich auf dem Stuhl) beug das Knie des verkrampften Beins und bring die Ferse Richtung Gesäß. Halt den Knöchel fest, oder leg ein Handtuch darum, wenn du ihn nicht erreichst.',
        'Wenn er wieder fest wird und du sicher stehen kannst: Halt dich an einem Stuhl oder einer Wand fest, beug das verkrampfte Knie und bring die Ferse Richtung Gesäß, die Knie nebeneinander.',
      ],
      easing: ['Reib die Vorderseite des Oberschenkels, während er nachlässt.'],
      afterwards: [warmthOrCold, afterExercise, sipWater],
      evidenceNote: exerciseCrampNote,
    },
    hand: {
      name: 'Krampf in Hand und Unterarm',
      immediate: ['Hör auf zu schreiben, zu tippen oder zu greifen, und lass los, was du hältst.', holdUntil],
      holds: ['Öffne die Finger der verkrampften Hand und drück sie sanft zurück, flach auf einem Tisch oder mit der anderen Hand.'],
      easing: ['Reib die Handfläche und die Innenseite des Unterarms, während er nachlässt.'],
      afterwards: [
        warmthOrCold,
        'Mach eine Pause von der Tätigkeit, die ihn ausgelöst hat, und greif danach lockerer.',
        'Geh zum Arzt, wenn Handkrämpfe immer wiederkommen oder mit Taubheit, Kribbeln oder Schwäche einhergehen.',
      ],
      evidenceNote: handNote,
    },
  },
  adviceGroups: {
    why: 'Warum Krämpfe entstehen',
    now: 'Jetzt sofort',
    prevent: 'Vorbeugen',
    doctor: 'Wann du Hilfe brauchst',
  },

  advice: {
    'why-what-is-cramp': {
      title: 'Was ein Krampf ist',
      summary: 'Ein Muskel spannt sich von selbst heftig an und schmerzt.',
      text: 'Ein Krampf ist ein plötzliches, unwillkürliches und schmerzhaftes Anspannen eines Muskels, meist in Wade, Fuß oder Oberschenkel. Er vergeht meist nach Sekunden bis wenigen Minuten, und der Muskel kann danach empfindlich sein. Krämpfe beim Sport sind häufig, aber für die meisten Menschen überwiegt der Nutzen regelmäßiger Bewegung bei Weitem.',
      evidenceNote:
        'Die Definition ist die der Gesundheitsdienste; dass Bewegung einen gelegentlichen Krampf wert ist, ist unsere Lesart des großen, gut belegten Nutzens körperlicher Aktivität, keine Studie zu Krämpfen.',
    },
    'why-dehydration': {
      title: 'Zu wenig Flüssigkeit',
      summary: 'Flüssigkeitsmangel macht Krämpfe vielleicht wahrscheinlicher, besonders bei Hitze.',
      text: 'Zu wenig zu trinken gilt oft als Ursache von Krämpfen. Wenn du ausgetrocknet bist, krampfen Muskeln vielleicht leichter, besonders bei Hitze.',
      evidenceNote:
        'Gesundheitsdienste nennen Flüssigkeitsmangel als Ursache, doch in Kohortenstudien mit Ausdauersportlern waren die mit Krämpfen nicht stärker ausgetrocknet als die ohne.',
    },
    'why-sweat-salts': {
      title: 'Salze, die mit dem Schweiß verloren gehen',
      summary: 'Manche meinen, starkes, salziges Schwitzen löse Krämpfe aus.',
      text: 'Mit dem Schweiß geht Natrium verloren, in kleineren Mengen auch Kalium und Magnesium. Manche Forschende vermuten, dass starkes, salziges Schwitzen über Stunden ausgedehnte Krämpfe auslöst.',
      evidenceNote:
        'Diese Erklärung über Elektrolyte und die über Muskelermüdung sind bei Krämpfen beim Sport weiter umstritten; jede wird von anderen Studien gestützt, keine ist bewiesen.',
    },
    'why-tired-muscles': {
      title: 'Müde, überlastete Muskeln',
      summary: 'Ein Muskel, der lange hart gefordert wird, kann sich anspannen und nicht mehr loslassen.',
      text: 'Wird ein Muskel lange hart gefordert, können die Nervensignale, die ihn anspannen und entspannen lassen, aus dem Gleichgewicht geraten. Der Muskel spannt sich dann an und lässt nicht mehr los.',
      evidenceNote:
        'Diese Erklärung über Ermüdung passt besser zu Kohortenstudien mit Sportlern und zu Laborstudien mit ausgelösten Krämpfen als Flüssigkeitsmangel; sie ist die führende Annahme, aber nicht gesichert.',
    },
    'why-low-fuel': {
      title: 'Zu wenig Energie',
      summary: 'Mit leerem Magen ermüdest du vielleicht früher.',
      text: 'Bei langer Belastung verbrennen Muskeln gespeicherte Kohlenhydrate (Glykogen). Wenn du mit zu wenig im Magen startest, ermüdest du vielleicht früher, und damit kommen eher Krämpfe.',
      evidenceNote:
        'Es gibt kaum direkte Belege, die wenig Glykogen mit Krämpfen verbinden; die Annahme folgt aus der Erklärung über Ermüdung und aus dem bekannten Nutzen von Kohlenhydraten vor dem Sport.',
    },
    'why-blood-flow': {
      title: 'Schlechte Durchblutung',
      summary: 'Verengte Arterien können beim Sport krampfartige Schmerzen in den Beinen auslösen.',
      text: 'Verengte Arterien können die Beinmuskeln beim Sport mit zu wenig Blut versorgen und krampfartige Schmerzen auslösen. Meist lassen sie bald nach, wenn du stehen bleibst.',
      evidenceNote:
        'Klinische Quellen beschreiben das als mögliche Ursache; solche Schmerzen beim Gehen solltest du ärztlich abklären lassen.',
    },
    'why-one-position': {
      title: 'In einer Haltung bleiben',
      summary: 'Manche bemerken Krämpfe nach langem Stillhalten; belegt ist das nicht.',
      text: 'Manche bemerken Krämpfe, nachdem sie stundenlang still gesessen haben, und nächtliche Krämpfe kommen, während die Beinmuskeln im Bett verkürzt ruhen. Ob es Krämpfe verursacht, lange in einer Haltung zu bleiben, ist nicht belegt.',
      evidenceNote:
        'Warum nächtliche Krämpfe entstehen, ist nicht bekannt; Muskelermüdung und Veränderungen an den Nerven sind die führenden Vermutungen, und der Zusammenhang mit der Haltung beruht nur auf klinischer Beobachtung.',
    },
    'why-hard-sweaty-exercise': {
      title: 'Harter, schweißtreibender Sport',
      summary: 'Wenn du mehr machst als gewohnt, besonders bei Hitze, werden Krämpfe vielleicht wahrscheinlicher.',
      text: 'Krämpfe kommen oft gegen Ende langer oder schneller Einheiten und bei heißem Wetter. Wenn du dich härter oder länger forderst als gewohnt, steigt vielleicht das Risiko.',
      evidenceNote:
        'Übersichtsarbeiten verbinden Krämpfe beim Sport mit Überlastung und Ermüdung der Muskeln; starkes Schwitzen bei Hitze soll das Risiko erhöhen, doch dieser Teil ist weniger klar.',
    },
    'now-stop': {
      title: 'Aufhören',
      summary: 'Weitermachen macht es meist schlimmer.',
      text: 'Hör auf mit dem, was du gerade tust. Weitermachen verschlimmert einen Krampf meist.',
      evidenceNote:
        'Übliche Erste Hilfe bei einem Krampf; darin sind sich Gesundheitsdienste und sportmedizinische Übersichtsarbeiten einig.',
    },
    'now-stretch': {
      title: 'Dehnen und halten',
      summary: 'Dehne den Muskel langsam, bis der Krampf nachlässt.',
      text: 'Dehn den verkrampften Muskel langsam und halte ihn so, bis sich der Krampf löst. Bei der Wade: Zieh die Zehen Richtung Schienbein.',
      evidenceNote:
        'Jede Quelle, die wir geprüft haben, rät dazu, und Laborstudien mit ausgelösten Krämpfen stützen es, doch es gibt wenige Studien bei echten Krämpfen.',
    },
    'now-breathe': {
      title: 'Langsam atmen',
      summary: 'Atme langsam, während du dehnst; halte nicht die Luft an.',
      text: 'Atme langsam, während du die Dehnung hältst, und halte nicht die Luft an. Das kann dir vielleicht helfen, dich in die Dehnung zu entspannen; als Behandlung gegen Krämpfe wurde es nicht geprüft.',
      evidenceNote:
        'Frei zu atmen gehört zum üblichen Rat beim Dehnen; keine Studie hat das Atmen allein gegen Krämpfe geprüft.',
    },
    'now-massage': {
      title: 'Den Muskel reiben',
      summary: 'Wenn der Krampf nachlässt, kann Reiben dem Muskel vielleicht helfen.',
      text: 'Sobald der Krampf nachzulassen beginnt, reib den Muskel kräftig. Das kann ihm vielleicht helfen, sich zu lösen und weniger zu schmerzen. Prüf vorher die Warnzeichen: Reib keine Wade, die auf einer Seite geschwollen, gerötet oder warm ist.',
      evidenceNote:
        'Gesundheitsdienste und sportmedizinische Übersichten raten dazu, gestützt auf klinische Erfahrung statt auf Studien.',
    },
    'now-ice-heat': {
      title: 'Danach: Wärme oder Kälte',
      summary: 'Wärme kann einen festen Muskel vielleicht lösen, Kälte Schmerzen lindern.',
      text: 'Wärme kann einem Muskel, der fest bleibt, vielleicht helfen, und ein eingewickeltes Kühlpack kann Schmerzen vielleicht lindern. Nutze keine Wärme, wo deine Haut weniger spürt, zum Beispiel bei Diabetes oder Nervenschäden (Neuropathie): Du bemerkst eine Verbrennung vielleicht nicht. Schmerzmittel wirken für den Krampf selbst zu langsam, können aber später gegen die Empfindlichkeit helfen.',
      evidenceNote:
        'Wärme und Kälte sind übliche Selbsthilfe-Ratschläge; bei Krämpfen ist keins von beiden geprüft. Die Vorsicht bei vermindertem Gefühl ist üblicher Rat gegen Verbrennungen.',
    },
    'now-pickle-juice': {
      title: 'Ein Schluck Gurkenwasser?',
      summary: 'Nur eine kleine Laborstudie deutet an, dass er bei ausgelösten Krämpfen hilft.',
      text: 'In einer Laborstudie ließ ein kleiner Schluck Gurkenwasser (aus dem Gurkenglas) ausgelöste Krämpfe schneller enden. Es schien zu schnell zu wirken, um Salz zu ersetzen; vielleicht wirkt es über einen Reflex im Mund.',
      evidenceNote:
        'Eine einzige kleine Studie mit Krämpfen, die bei zehn Männern durch elektrische Reize ausgelöst wurden; dass es bei alltäglichen Krämpfen hilft, ist nicht gezeigt.',
    },
    'prevent-drink-before': {
      title: 'Vor dem Sport trinken',
      summary: 'Trink ein paar Stunden vorher langsam, dann nach Durst.',
      text: 'Das ACSM rät, mindestens vier Stunden vor dem Sport langsam zu trinken, etwa 5–7 ml pro kg Körpergewicht, und zwei Stunden vorher nur dann etwas mehr, wenn dein Urin noch dunkel ist. Trink bei langen Einheiten nach Durst und nicht mehr, als du ausschwitzt.',
      evidenceNote:
        'Ein sportmedizinisches Positionspapier empfiehlt das, um gut getrunken in den Sport zu starten; ob es Krämpfen vorbeugt, ist umstritten.',
    },
    'prevent-not-too-much': {
      title: 'Nicht zu viel trinken',
      summary: 'Weit mehr zu trinken, als du ausschwitzt, kann gefährlich sein.',
      text: 'Wer viel mehr trinkt, als er verliert, kann das Salz im Blut verdünnen: eine Hyponatriämie. Sie tritt vor allem bei langen, langsamen Belastungen auf, etwa Marathons, langen Wanderungen und Radtouren. Warnzeichen sind Kopfschmerzen, Übelkeit oder Erbrechen, Verwirrtheit und geschwollene Hände und Füße, oft mit Gewichtszunahme während der Belastung. Trink nach Durst und nie nach einem festen Plan, nach dem du hinterher mehr wiegst.',
      evidenceNote:
        'Eine internationale Konsenserklärung, gestützt auf viele Fallserien, sieht Trinken über den Schweißverlust hinaus als Hauptursache der sportassoziierten Hyponatriämie und rät, nach Durst zu trinken.',
    },
    'prevent-daily-water': {
      title: 'Über den Tag genug trinken',
      summary: 'Trink regelmäßig, und mehr bei Hitze oder Schweiß.',
      text: 'Europäische Empfehlungen nennen etwa 2 Liter Wasser am Tag für Frauen und 2,5 Liter für Männer, einschließlich des Wassers aus der Nahrung. Bei Hitze oder wenn du schwitzt, brauchst du mehr.',
      evidenceNote:
        'Diese Referenzwerte hat ein Expertengremium aus üblichen Trinkmengen abgeleitet, für mildes Wetter und mäßige Aktivität; sie sind kein erwiesener Schutz vor Krämpfen.',
    },
    'prevent-electrolytes': {
      title: 'Salze an langen, schweißtreibenden Tagen ersetzen',
      summary: 'Bei langen oder heißen Einheiten ein salziges Sportgetränk oder salziges Essen.',
      text: 'Bei Einheiten über eine Stunde oder bei Hitze ersetzt ein Sportgetränk mit Salz und Zucker, oder Wasser mit salzigem Essen, einen Teil des ausgeschwitzten Salzes. Kokoswasser enthält wenig Natrium und ist deshalb kein Weg, Salz zu ersetzen.',
      evidenceNote:
        'Salz in Getränken und Essen hilft dem Körper, nach langer oder heißer Belastung Flüssigkeit zu halten; eine kleine Studie fand, dass Kokoswasser etwa so gut rehydrierte wie ein Sportgetränk, doch es enthält wenig Natrium, und für keins von beiden ist gezeigt, dass es Krämpfen vorbeugt.',
    },
    'prevent-wait-after-eating': {
      title: 'Das Essen erst sacken lassen',
      summary: 'Eine Stunde nach einem Snack; länger nach großen Mahlzeiten.',
      text: 'Warte nach einem Snack oder einer leichten Mahlzeit mindestens eine Stunde, bevor du Sport machst. Nach einer großen Mahlzeit warte länger, etwa drei bis vier Stunden.',
      evidenceNote:
        'Ein allgemeiner Rat, damit du dich nicht träge fühlst oder Magenprobleme bekommst; über Muskelkrämpfe sagt er nichts aus.',
    },
    'prevent-warm-up': {
      title: 'Erst aufwärmen',
      summary: 'Lockere Bewegung und dynamische Dehnungen; lange Haltezeiten danach.',
      text: 'Beginne mit ein paar Minuten lockerer Bewegung, dann folgen Dehnungen in Bewegung wie Beinpendel und Ausfallschritte. Heb dir langes Halten für danach auf.',
      evidenceNote:
        'Übersichtsarbeiten stützen ein leichtes Aufwärmen mit dynamischen Dehnungen für die Leistung; keine Studie hat Aufwärmen gegen Krämpfe geprüft.',
    },
    'prevent-stretch': {
      title: 'Vorher, zwischendurch und danach dehnen',
      summary: 'Dehn verspannte Muskeln, bei nächtlichen Krämpfen auch vor dem Schlafengehen.',
      text: 'Geh deine Dehnungen durch, bevor du startest. Wenn sich mitten in der Einheit ein Muskel verspannt, mach langsamer und dehn ihn. Dehn dich wieder, wenn du fertig bist. Wenn du nachts Krämpfe bekommst, dehn dich vor dem Schlafengehen.',
      evidenceNote:
        'Eine Studie fand, dass Dehnen vor dem Schlafen nächtliche Krämpfe bei älteren Erwachsenen verringerte, doch insgesamt sind die Belege, dass Dehnen Krämpfen vorbeugt, begrenzt und uneinheitlich.',
    },
    'prevent-break-sitting': {
      title: 'Langes Sitzen unterbrechen',
      summary: 'Beweg dich alle 20 bis 30 Minuten ein, zwei Minuten.',
      text: 'Steh alle 20 bis 30 Minuten auf und beweg dich ein, zwei Minuten: geh, marschier auf der Stelle, stell dich auf die Zehenspitzen. Weniger zu sitzen tut der Gesundheit gut; ob es Krämpfen vorbeugt, wurde nicht untersucht.',
      evidenceNote:
        'Die WHO empfiehlt nachdrücklich, weniger zu sitzen, und kurze Bewegungspausen verbesserten in einer Studie den Blutzucker; für Krämpfe ist das bestenfalls Expertenmeinung, da keine Studie es geprüft hat.',
    },
    'prevent-recover': {
      title: 'Gut erholen',
      summary: 'Massage, Faszienrolle und Ruhe können Muskelkater vielleicht lindern.',
      text: 'Nach harten Einheiten können Massage, Faszienrolle oder ein Bad in kühlem Wasser Muskelkater und Müdigkeit vielleicht lindern. Ruhetage geben müden Muskeln Zeit, sich zu erholen.',
      evidenceNote:
        'Übersichtsarbeiten finden kleine Vorteile gegen Muskelkater, aus Studien gemischter Qualität; für keine dieser Maßnahmen ist gezeigt, dass sie Krämpfen vorbeugt.',
    },
    'prevent-magnesium': {
      title: 'Magnesium und andere Nahrungsergänzungen',
      summary: 'Bei älteren Menschen mit nächtlichen Krämpfen hilft Magnesium wahrscheinlich nicht.',
      text: 'Eine Cochrane-Übersicht fand, dass Magnesium älteren Menschen mit gewöhnlichen Krämpfen, meist nächtlichen Wadenkrämpfen, wahrscheinlich nicht hilft. In der Schwangerschaft widersprechen sich die Studien, und bei Krämpfen beim Sport wurde es nicht geprüft. Frag eine Ärztin, einen Arzt oder die Apotheke, bevor du ein Mittel gegen Krämpfe einnimmst.',
      evidenceNote:
        'Eine Cochrane-Übersicht von 2020 fand bei älteren Menschen mit gewöhnlichen Krämpfen keinen nennenswerten Nutzen (Evidenz mittlerer Sicherheit); bei Krämpfen in der Schwangerschaft widersprechen sich die Ergebnisse, und Krämpfe beim Sport wurden nicht untersucht.',
    },
    'urgent-clot': {
      title: 'Eine geschwollene, gerötete, warme oder schmerzende Wade',
      summary: 'Dringend: Es kann ein Blutgerinnsel sein; mit Atemnot ein Notfall.',
      text: 'Eine Wade oder ein Bein, das auf einer Seite geschwollen, gerötet, warm oder schmerzhaft ist, kann ein Blutgerinnsel sein (tiefe Venenthrombose): Hol dir noch heute ärztliche Hilfe, und reib es nicht. Wenn du außerdem Atemnot oder Brustschmerzen hast, ist es ein Notfall: Ruf den Rettungsdienst.',
      evidenceNote:
        'Der NHS nennt diese Zeichen eines Gerinnsels als dringend behandlungsbedürftig, und Atemnot oder Brustschmerzen als Zeichen eines Gerinnsels in der Lunge, das eine Notfallversorgung braucht.',
    },
    'urgent-rhabdo': {
      title: 'Dunkler Urin mit starken Muskelschmerzen',
      summary: 'Dringend: Hol dir heute ärztliche Hilfe.',
      text: 'Starke Muskelschmerzen oder Schwäche mit dunklem (tee- oder colafarbenem) Urin, nach sehr hartem Sport oder unter einem Statin, können ein Muskelzerfall sein (Rhabdomyolyse), der die Nieren schädigen kann. Hol dir noch heute ärztliche Hilfe.',
      evidenceNote:
        'Der NHS rät Menschen unter Statinen, sich bei unerklärlichen Muskelschmerzen oder Schwäche sofort Hilfe zu holen, da sie Muskelzerfall und Nierenschäden bedeuten können; Muskelzerfall durch Belastung beschreiben sportmedizinische Übersichten.',
    },
    'urgent-heat': {
      title: 'Heiße, trockene Haut, Verwirrtheit oder Zusammenbruch',
      summary: 'Notfall: vielleicht ein Hitzschlag; ruf den Rettungsdienst.',
      text: 'Krämpfe in der Hitze mit heißer Haut, die nicht mehr schwitzt, Verwirrtheit, einem Krampfanfall oder Zusammenbruch können ein Hitzschlag sein: Ruf den Rettungsdienst, geh an einen kühlen Ort und kühl die Haut. Auch eine Hitzeerschöpfung (starkes Schwitzen, Schwindel, Krämpfe), die nach 30 Minuten Abkühlen nicht besser wird, braucht Hilfe.',
      evidenceNote:
        'Der NHS behandelt einen Hitzschlag als Notfall und eine Hitzeerschöpfung, die nach 30 Minuten nicht abklingt, als behandlungsbedürftig.',
    },
    'urgent-hyponatraemia': {
      title: 'Kopfschmerzen, Übelkeit oder Schwellungen nach viel Trinken',
      summary: 'Dringend: zu viel Wasser; Verwirrtheit ist ein Notfall.',
      text: 'Kopfschmerzen, Übelkeit oder Erbrechen, geschwollene Hände und Füße oder Gewichtszunahme während einer langen Belastung, bei der du viel getrunken hast, können eine Hyponatriämie sein. Hör auf, reines Wasser zu trinken, und hol dir noch heute ärztliche Hilfe. Verwirrtheit, ein Krampfanfall oder Benommenheit sind ein Notfall: Ruf den Rettungsdienst.',
      evidenceNote:
        'Eine internationale Konsenserklärung beschreibt diese Zeichen der sportassoziierten Hyponatriämie, und Verwirrtheit oder Krampfanfälle als ihre lebensbedrohliche Form.',
    },
    'urgent-tetanus': {
      title: 'Steifer Kiefer oder Muskelkrämpfe nach einer Wunde',
      summary: 'Dringend: Es kann Tetanus sein.',
      text: 'Krämpfe oder schmerzhafte Muskelkrämpfe mit steifem Kiefer, Tage nach einem Schnitt, Biss oder einer anderen Wunde, können Tetanus sein. Hol dir noch heute ärztliche Hilfe; wenn Atmen oder Schlucken schwerfällt, ruf den Rettungsdienst.',
      evidenceNote:
        'Der NHS rät zu einem dringenden Termin bei Krämpfen nach einer Wunde, die Tetanus übertragen haben könnte, und nennt einen steifen Kiefer und Muskelkrämpfe als dessen Zeichen.',
    },
    'doctor-frequent-severe': {
      title: 'Häufige oder starke Krämpfe',
      summary: 'Vor allem, wenn sie unerklärlich sind oder deinen Schlaf stören.',
      text: 'Lass dich ärztlich untersuchen, wenn Krämpfe oft kommen, sehr schmerzhaft sind, deinen Schlaf stören oder keinen klaren Grund wie harten Sport haben.',
      evidenceNote:
        'Rat von Gesundheitsdiensten; hinter häufigen Krämpfen kann eine Ursache stecken, die behandelt werden sollte.',
    },
    'doctor-other-signs': {
      title: 'Krämpfe mit Taubheit, Schwäche oder Schwellung',
      summary: 'Sie können auf ein Problem mit Nerven oder Blutgefäßen hinweisen.',
      text: 'Geh zum Arzt, wenn Krämpfe mit Taubheit oder Schwäche einhergehen, wenn deine Beinmuskeln schwächer oder dünner werden, oder wenn deine Beine geschwollen sind.',
      evidenceNote:
        'Diese Zeichen können auf ein Problem mit Nerven oder Blutgefäßen hinweisen; Rat der Gesundheitsdienste.',
    },
    'doctor-not-easing': {
      title: 'Ein Krampf, der nicht nachlässt',
      summary: 'Dringend: ein Krampf, der länger als 10 Minuten dauert.',
      text: 'Bitte dringend um einen Arzttermin, wenn ein Krampf länger als 10 Minuten dauert oder nicht besser wird, wenn du dich bewegst und dehnst.',
      evidenceNote:
        'Rat der Gesundheitsdienste; gewöhnliche Krämpfe vergehen innerhalb von Minuten.',
    },
    'doctor-medicines': {
      title: 'Nach einem neuen Medikament',
      summary: 'Manche Medikamente verursachen Krämpfe; setz keins eigenmächtig ab.',
      text: 'Manche Medikamente, etwa Statine gegen Cholesterin und Diuretika (Entwässerungstabletten), können Krämpfe verursachen. Wenn Krämpfe nach einem neuen Medikament beginnen, sprich mit deiner Ärztin, deinem Arzt oder der Apotheke, und setz es nicht eigenmächtig ab. Hol dir noch am selben Tag ärztlichen Rat, wenn die Muskelschmerzen stark oder unerklärlich sind oder dein Urin dunkel ist.',
      evidenceNote:
        'Gesundheitsdienste nennen diese Medikamente als Ursachen von Krämpfen, und der NHS rät, sich bei unerklärlichen Muskelschmerzen unter einem Statin sofort Hilfe zu holen.',
    },
    'doctor-pregnancy': {
      title: 'Krämpfe in der Schwangerschaft',
      summary: 'Häufig; frag vor Nahrungsergänzungen nach.',
      text: 'Beinkrämpfe sind in der späteren Schwangerschaft häufig. Sprich mit deiner Hebamme, deiner Ärztin oder deinem Arzt darüber, bevor du ein Nahrungsergänzungsmittel ausprobierst.',
      evidenceNote:
        'Gesundheitsdienste weisen darauf hin, dass Krämpfe in der Schwangerschaft häufig sind; Studien zu Magnesium in der Schwangerschaft kommen zu widersprüchlichen Ergebnissen.',
    },
    'doctor-quinine': {
      title: 'Chinin nur auf ärztliche Verordnung',
      summary: 'Es ist kein Routinemittel; behandle dich nie selbst damit.',
      text: 'Chinin ist keine Routinebehandlung gegen Krämpfe mehr, weil es seltene, aber schwere Blut- und Herzprobleme verursachen kann. Im Vereinigten Königreich bleibt es schweren, häufigen nächtlichen Krämpfen vorbehalten, wenn andere Ursachen ausgeschlossen sind und Dehnen nicht geholfen hat. Nimm es nur, wenn eine Ärztin oder ein Arzt es verordnet, und setz eine Verordnung nicht ohne Rat ab.',
      evidenceNote:
        'Behörden raten von der Routineanwendung ab (britische MHRA) oder warnen, dass die Risiken den Nutzen überwiegen (US-amerikanische FDA); der NHS nennt es weiterhin für sehr schlimme Krämpfe, wenn Bewegung nicht geholfen hat.',
    },
    'not-medical-advice': {
      title: 'Limber ersetzt keinen ärztlichen Rat',
      summary: 'Limber kann keine Diagnose stellen und dich nicht behandeln; bei Sorgen hol dir fachlichen Rat.',
      text: 'Limber bietet allgemeine Informationen und sanfte Übungen. Es kann keine Diagnose stellen und dich nicht behandeln. Wenn du dir Sorgen um deine Gesundheit machst, sprich mit einer Ärztin, einem Arzt, in der Apotheke oder mit einer Pflegefachkraft.',
      evidenceNote:
        'Ein Hinweis darauf, was eine App kann und was nicht; die Gesundheitsdienste, die wir zitieren, raten dasselbe.',
    },
  },

  breakSteps: {
    line: '{name}: {time}.',
    seconds: '{n} Sekunden',
    oneMinute: '1 Minute',
    minutes: '{n} Minuten',
    eachSide: '{time} pro Seite',
  },
};
