import type { ContentTranslation } from './types.ts';

/*
 * Spanish health content. Informal "tú", as in the rest of the app, in neutral wording that reads
 * naturally in Spain and Latin America ("pantorrilla", "acostarte", "algo salado"). Sentences
 * addressed to the reader avoid gendered adjectives ("con la espalda recta" rather than "erguido").
 */

/** The same two basic cautions every static stretch carries (stretches.ts: gentle, stopIf). */
const gentle = 'Estira con suavidad hasta notar una tensión leve, nunca dolor, y no hagas rebotes.';
const stopIf = 'Para si sientes un dolor agudo, adormecimiento u hormigueo.';
const hamstrings = 'Parte posterior del muslo (isquiotibiales)';

/** Said in every relief guide (relief.ts). */
const stop = 'Deja lo que estés haciendo y no te muevas durante un momento.';
const holdUntil = 'Estira solo el lado acalambrado, con suavidad, y mantén hasta que el calambre ceda. Respira despacio; no contengas la respiración.';
const warmthOrCold =
  'Después, algo tibio (una toalla tibia o un baño tibio) puede que relaje un músculo que sigue tenso, y una bolsa de frío envuelta en un paño puede que alivie el dolor. No apliques calor donde tu piel siente menos, por ejemplo por diabetes o daño en los nervios.';
const tender = 'Es posible que el músculo quede sensible durante un día. Es algo habitual.';
const afterExercise = 'Si apareció durante el ejercicio, deja el entrenamiento por hoy o sigue muy suave.';
const sipWater = 'Bebe unos sorbos de agua si tienes sed.';
const exerciseCrampNote =
  'Estirar de forma estática y suave hasta que el calambre cede es el tratamiento habitual de los calambres durante el ejercicio; se basa en el consenso de expertos.';
const handNote =
  'Estirar y masajear un músculo acalambrado es un autocuidado habitual; los estiramientos de la mano no se han probado en ensayos.';

export const es: ContentTranslation = {
  stretches: {
    'calf-wall': {
      name: 'Estiramiento de pantorrilla en la pared',
      target: 'Pantorrilla (gastrocnemio), rodilla estirada',
      illustrationAlt:
        'Una persona apoyada en una pared, con una pierna atrás, la rodilla estirada y el talón en el suelo.',
      steps: [
        'Ponte de pie a un brazo de distancia de una pared y apoya las dos manos en ella.',
        'Lleva un pie hacia atrás. Mantén esa rodilla estirada y el talón en el suelo.',
        'Dobla la rodilla de delante e inclínate despacio hacia la pared hasta notar el estiramiento en la pantorrilla de atrás.',
        'Mantén la posición y respira. Luego cambia de pierna.',
      ],
      cautions: [gentle, 'Mantén los dedos del pie de atrás mirando hacia delante, no hacia fuera.', stopIf],
      evidenceNote:
        'Estirar las pantorrillas es el consejo habitual para aliviar y prevenir los calambres en las piernas; los ensayos sobre estiramientos para prevenirlos muestran resultados dispares.',
    },
    'soleus-bent-knee': {
      name: 'Estiramiento de pantorrilla con rodilla doblada',
      target: 'Pantorrilla profunda (sóleo), rodilla doblada',
      illustrationAlt:
        'Una persona frente a una pared, con el pie de atrás un paso corto por detrás, las dos rodillas dobladas y el talón de atrás en el suelo.',
      steps: [
        'Ponte de pie frente a una pared, con las manos apoyadas en ella.',
        'Lleva un pie un poco hacia atrás, con el talón en el suelo.',
        'Dobla las dos rodillas y baja un poco. Mantén el talón de atrás en el suelo.',
        'Notarás el estiramiento en la parte baja de la pantorrilla, justo por encima del tobillo. Mantén y luego cambia de pierna.',
      ],
      cautions: [
        gentle,
        'Si se levanta el talón, da un paso más corto.',
        'Para si te duele la parte de atrás del tobillo (tendón de Aquiles).',
      ],
      evidenceNote:
        'Al doblar la rodilla, el estiramiento pasa al sóleo, el músculo más profundo de la pantorrilla; esto se deduce de la anatomía, no de un ensayo sobre calambres.',
    },
    'towel-calf': {
      name: 'Estiramiento de pantorrilla con toalla',
      target: 'Pantorrilla y planta del pie',
      illustrationAlt:
        'Una persona sentada con las piernas estiradas, con una toalla alrededor de un pie de la que tira suavemente hacia sí.',
      steps: [
        'Siéntate en el suelo o en la cama con las piernas estiradas.',
        'Pasa una toalla, un cinturón o una bufanda por la parte delantera de la planta de un pie.',
        'Tira con suavidad para que los dedos vengan hacia ti. Mantén la rodilla estirada.',
        'Mantén y respira. Luego cambia de pierna.',
      ],
      cautions: [gentle, 'Si tienes la espalda rígida, apóyala en una pared o dobla la otra rodilla.'],
      evidenceNote:
        'Llevar los dedos del pie hacia la espinilla es la forma habitual de estirar un calambre de pantorrilla o de pie en la cama; se basa en la experiencia clínica.',
    },
    'toe-wall': {
      name: 'Estiramiento de dedos en la pared',
      target: 'Planta del pie (fascia plantar) y pantorrilla',
      illustrationAlt:
        'Una persona frente a una pared, con los dedos de un pie apoyados en ella y el talón en el suelo.',
      steps: [
        'Ponte de pie frente a una pared, con las manos apoyadas en ella.',
        'Apoya los dedos de un pie contra la pared. Mantén el talón en el suelo.',
        'Inclínate suavemente hacia la pared hasta notar el estiramiento en la planta del pie y en la pantorrilla.',
        '¿Prefieres hacerlo en una silla? Cruza un tobillo sobre la otra rodilla y lleva los dedos hacia atrás con la mano.',
      ],
      cautions: [gentle, 'Usa calzado o ponte sobre una colchoneta si el suelo resbala.', stopIf],
      evidenceNote:
        'Llevar los dedos hacia atrás estira la planta del pie; es una práctica habitual, no un tratamiento probado para los calambres.',
    },
    'heel-raises': {
      name: 'Elevaciones de talones',
      target: 'Pantorrillas y tobillos (en movimiento)',
      illustrationAlt: 'Una persona que se sujeta al respaldo de una silla y se eleva sobre las puntas de los pies.',
      steps: [
        'Ponte de pie con la espalda recta y sujétate a una silla, una mesa o una pared para mantener el equilibrio.',
        'Sube despacio sobre las puntas de los pies.',
        'Baja los talones de nuevo con control.',
        'Mantén un ritmo constante, más o menos una subida cada dos segundos.',
      ],
      cautions: ['Sujétate a algo firme.', 'Para si la pantorrilla empieza a acalambrarse y, en su lugar, estírala.'],
      evidenceNote:
        'En un ensayo pequeño, interrumpir el tiempo sentado con breves ratos de movimiento ligero mejoró el azúcar en sangre; su efecto sobre los calambres no se ha estudiado.',
    },
    'ankle-circles': {
      name: 'Círculos con los tobillos',
      target: 'Tobillos y pies (en movimiento)',
      illustrationAlt: 'Una persona sentada en una silla con un pie levantado, dibujando círculos con los dedos.',
      steps: [
        'Siéntate con la espalda recta y levanta un poco un pie del suelo.',
        'Dibuja círculos lentos y amplios con los dedos del pie.',
        'Hazlo en un sentido y luego en el otro.',
        'Cambia de pie.',
      ],
      cautions: ['Muévete despacio y dentro de un rango cómodo.'],
      evidenceNote:
        'Las guías aconsejan interrumpir el tiempo sentado con cualquier movimiento; los círculos con los tobillos son un ejemplo suave, no un tratamiento probado para los calambres.',
    },
    'hamstring-step': {
      name: 'Estiramiento de isquiotibiales en un escalón',
      target: hamstrings,
      illustrationAlt:
        'Una persona con un talón sobre un escalón bajo, inclinándose hacia delante desde la cadera con la espalda recta.',
      steps: [
        'Apoya un talón en un escalón bajo o en una caja firme, con los dedos hacia arriba.',
        'Mantén esa rodilla estirada o muy ligeramente doblada.',
        'Con la espalda recta, inclínate hacia delante desde la cadera.',
        'Detente cuando notes el estiramiento en la parte de atrás del muslo. Mantén y luego cambia de pierna.',
      ],
      cautions: [gentle, 'No curves la espalda para llegar más lejos.', stopIf],
      evidenceNote:
        'Los estiramientos suaves de isquiotibiales son un consejo habitual para ganar flexibilidad; no está bien estudiado si previenen los calambres.',
    },
    'hamstring-seated': {
      name: 'Estiramiento de isquiotibiales en una silla',
      target: hamstrings,
      illustrationAlt:
        'Una persona en el borde de una silla con una pierna estirada hacia delante, el talón en el suelo, inclinándose hacia delante.',
      steps: [
        'Siéntate cerca del borde de una silla estable.',
        'Estira una pierna hacia delante, con el talón en el suelo y los dedos hacia arriba.',
        'Endereza la espalda y luego inclínate hacia delante desde la cadera.',
        'Apoya las manos en el otro muslo. Mantén y luego cambia de pierna.',
      ],
      cautions: [gentle, 'Usa una silla que no se vuelque ni se deslice.', stopIf],
      evidenceNote:
        'Una versión en silla de un estiramiento habitual de isquiotibiales; se basa en la práctica común, no en ensayos.',
    },
    'quad-standing': {
      name: 'Estiramiento de muslo de pie',
      target: 'Parte delantera del muslo (cuádriceps)',
      illustrationAlt:
        'Una persona sujeta a una silla, con un talón llevado hacia el glúteo por detrás y una mano en el tobillo.',
      steps: [
        'Ponte de pie con la espalda recta y sujétate a una silla o a la pared con una mano.',
        'Dobla una rodilla y lleva el talón hacia el glúteo.',
        'Sujeta el tobillo con la mano libre. Mantén las rodillas juntas.',
        'Mete ligeramente la pelvis, llevando el coxis hacia abajo. Mantén y luego cambia de pierna.',
      ],
      cautions: [
        gentle,
        'Si no llegas al tobillo, pásale una toalla alrededor.',
        'Evita este estiramiento si te duele la rodilla al arrodillarte o al doblarla.',
      ],
      evidenceNote:
        'Un estiramiento de muslo habitual para la flexibilidad; faltan pruebas de que prevenga los calambres.',
    },
    'hip-flexor-kneel': {
      name: 'Estiramiento de flexores de cadera de rodillas',
      target: 'Parte delantera de la cadera (flexores de la cadera)',
      illustrationAlt:
        'Una persona con una rodilla en el suelo y el otro pie delante, con el tronco recto y la cadera llevada suavemente hacia delante.',
      steps: [
        'Apoya una rodilla en una superficie blanda. Pon el otro pie plano delante.',
        'Endereza el tronco y mete un poco la pelvis.',
        'Lleva la cadera suavemente hacia delante hasta notar el estiramiento en la parte delantera de la cadera de atrás.',
        'Mantén y luego cambia de lado.',
      ],
      cautions: [gentle, 'Pon una toalla doblada bajo la rodilla.', 'Mantén la rodilla de delante por encima del tobillo.'],
      evidenceNote:
        'Útil después de muchas horas en una silla, que mantienen la cadera doblada; es una práctica habitual, no un tratamiento probado para los calambres.',
    },
    'knee-hug': {
      name: 'Rodilla al pecho',
      target: 'Glúteos y zona lumbar',
      illustrationAlt: 'Una persona acostada boca arriba, con una pierna estirada y la otra rodilla llevada al pecho.',
      steps: [
        'Acuéstate boca arriba en el suelo o en la cama.',
        'Lleva una rodilla hacia el pecho. Sujeta la pierna justo por debajo de la rodilla.',
        'Deja la otra pierna estirada y relajada.',
        'Respira despacio. Mantén y luego cambia de pierna.',
      ],
      cautions: [gentle, 'Deja la cabeza apoyada.', 'Si te molesta la rodilla, sujeta la pierna por detrás del muslo.'],
      evidenceNote:
        'Un estiramiento suave y muy extendido para los glúteos y la zona lumbar; se basa en la práctica común.',
    },
    'childs-pose': {
      name: 'Postura del niño',
      target: 'Zona lumbar',
      illustrationAlt:
        'Una persona de rodillas, sentada hacia los talones, con el cuerpo doblado hacia delante y los brazos estirados en el suelo.',
      steps: [
        'Arrodíllate en una superficie blanda con las rodillas un poco separadas.',
        'Siéntate hacia atrás, hacia los talones.',
        'Inclínate hacia delante y estira los brazos en el suelo, por delante de ti.',
        'Deja que la espalda se relaje y respira despacio hacia ella.',
      ],
      cautions: [
        gentle,
        'Pon un cojín entre los talones y los glúteos si te molestan las rodillas.',
        'Sáltatela si te duele arrodillarte.',
      ],
      evidenceNote:
        'Un estiramiento relajante de la zona lumbar que viene del yoga; lo respalda la experiencia práctica más que los ensayos.',
    },
    'wrist-flexor': {
      name: 'Estiramiento de muñeca en la mesa',
      target: 'Flexores del antebrazo y de los dedos (lado de la palma)',
      illustrationAlt:
        'Una persona junto a una mesa con los brazos estirados, las palmas apoyadas en la mesa y los dedos apuntando hacia ella.',
      steps: [
        'Ponte de pie frente a un escritorio o una mesa.',
        'Apoya las palmas sobre ella, con los dedos apuntando hacia ti.',
        'Mantén los codos estirados y échate suavemente hacia atrás.',
        'Nota el estiramiento por la cara interna de los antebrazos. Mantén.',
      ],
      cautions: [gentle, 'Gira menos las manos si te duelen las muñecas.', stopIf],
      evidenceNote:
        'Un estiramiento habitual en el escritorio para los músculos que flexionan los dedos; no se ha probado como tratamiento para los calambres.',
    },
    'wrist-extensor': {
      name: 'Estiramiento de extensores de muñeca',
      target: 'Extensores del antebrazo (parte de atrás del antebrazo)',
      illustrationAlt:
        'Una persona con un brazo estirado al frente, la muñeca doblada hacia abajo y la otra mano presionando el dorso de la mano.',
      steps: [
        'Estira un brazo al frente, con el codo recto y la palma hacia abajo.',
        'Deja caer la muñeca para que los dedos apunten al suelo.',
        'Con la otra mano, empuja suavemente el dorso de la mano hacia ti.',
        'Nota el estiramiento por la parte de arriba del antebrazo. Mantén y luego cambia de brazo.',
      ],
      cautions: [gentle, stopIf],
      evidenceNote:
        'Un estiramiento habitual para la parte de atrás del antebrazo, muy usado por quienes escriben mucho en el teclado; no se ha estudiado para los calambres.',
    },
    'finger-fan': {
      name: 'Abanico de dedos',
      target: 'Músculos de la mano y los dedos (en movimiento)',
      illustrationAlt: 'Una mano abierta con los dedos y el pulgar bien separados.',
      steps: [
        'Separa los dedos y el pulgar todo lo que te resulte cómodo.',
        'Mantén durante una respiración.',
        'Cierra la mano en un puño suave y flojo.',
        'Abre y cierra despacio, una y otra vez.',
      ],
      cautions: [
        'Mantén el puño flojo; no aprietes fuerte.',
        'Durante un calambre en la mano, mejor estira los dedos bien abiertos y mantén.',
      ],
      evidenceNote:
        'Abrir la mano estira los músculos que flexionan los dedos; una forma sencilla, no probada, de soltar la mano.',
    },
    'neck-side': {
      name: 'Estiramiento lateral del cuello',
      target: 'Lateral del cuello',
      illustrationAlt: 'Una persona vista de frente que inclina la cabeza para que una oreja se acerque al hombro.',
      steps: [
        'Siéntate o ponte de pie con la espalda recta y los hombros relajados.',
        'Inclina la cabeza para que una oreja se acerque a ese hombro.',
        'Si quieres, apoya la mano de ese lado suavemente sobre la cabeza. No tires.',
        'Deja caer el otro hombro. Mantén y luego cambia de lado.',
      ],
      cautions: [
        'Muévete despacio y con suavidad.',
        'No eches la cabeza del todo hacia atrás.',
        'Para y consulta si te mareas o notas hormigueo en los brazos.',
      ],
      evidenceNote:
        'Un estiramiento habitual en el escritorio para la rigidez del cuello; se basa en la experiencia práctica.',
    },
    'shoulder-cross': {
      name: 'Estiramiento de hombro cruzado',
      target: 'Parte posterior del hombro y parte alta de la espalda',
      illustrationAlt:
        'Una persona vista de frente que cruza un brazo por delante del pecho y lo sujeta con la otra mano.',
      steps: [
        'Cruza un brazo por delante del pecho a la altura del hombro.',
        'Sujétalo por encima del codo con la otra mano.',
        'Acércalo suavemente. Mantén el hombro bajo, lejos de la oreja.',
        'Mantén y luego cambia de brazo.',
      ],
      cautions: [gentle, 'Sujeta por encima del codo, no sobre la articulación.'],
      evidenceNote:
        'Un estiramiento de hombro habitual; útil tras largos ratos frente al teclado, aunque no se ha estudiado para los calambres.',
    },
    'shoulder-rolls': {
      name: 'Círculos con los hombros',
      target: 'Hombros y parte alta de la espalda (en movimiento)',
      illustrationAlt:
        'Una persona de pie, con la espalda recta, haciendo círculos con los hombros hacia arriba, atrás y abajo.',
      steps: [
        'Ponte de pie o siéntate con la espalda recta y los brazos relajados.',
        'Sube los hombros hacia las orejas.',
        'Llévalos hacia atrás y hacia abajo en un círculo lento.',
        'Repite y luego prueba unos círculos en el otro sentido.',
      ],
      cautions: ['Haz el movimiento lento y suave.'],
      evidenceNote:
        'Las guías animan a interrumpir el tiempo sentado con cualquier movimiento ligero; los círculos con los hombros son un ejemplo suave.',
    },
    marching: {
      name: 'Marcha en el sitio',
      target: 'Caderas y piernas (en movimiento)',
      illustrationAlt:
        'Una persona de pie, con la espalda recta, una rodilla levantada a la altura de la cadera y el brazo contrario hacia delante.',
      steps: [
        'Ponte de pie con la espalda recta cerca de algo a lo que puedas sujetarte.',
        'Sube una rodilla hacia la altura de la cadera y luego baja el pie.',
        'Cambia de pierna y balancea los brazos al ritmo.',
        'Mantén un ritmo relajado y constante.',
      ],
      cautions: ['Sube las rodillas solo hasta donde te resulte cómodo.', 'Sujétate si no tienes buen equilibrio.'],
      evidenceNote:
        'En un ensayo pequeño, breves ratos de actividad ligera durante el tiempo sentado mejoraron el azúcar en sangre después de comer; su efecto sobre los calambres no se ha probado.',
    },
    'leg-swings': {
      name: 'Balanceos de pierna',
      target: 'Isquiotibiales y flexores de cadera (en movimiento)',
      illustrationAlt: 'Una persona de pie sobre una pierna, balanceando la otra hacia delante y hacia atrás.',
      steps: [
        'Ponte de lado junto a una pared y apoya una mano en ella.',
        'Balancea la pierna de fuera hacia delante y hacia atrás, como un péndulo.',
        'Empieza con poco recorrido. Deja que el balanceo crezca a medida que la cadera se suelta.',
        'Cambia de pierna.',
      ],
      cautions: ['Controla el balanceo; no lances la pierna.', 'Mantén el tronco recto; no te inclines hacia atrás.'],
      evidenceNote:
        'Las revisiones concluyen que movimientos dinámicos como estos preparan los músculos para el ejercicio sin la bajada de rendimiento que pueden causar los estiramientos estáticos largos; no se ha probado si previenen los calambres.',
    },
    'walking-lunges': {
      name: 'Zancadas caminando',
      target: 'Muslos, glúteos y caderas (en movimiento)',
      illustrationAlt:
        'Una persona que da un paso largo hacia delante en zancada, bajando la rodilla de atrás hacia el suelo.',
      steps: [
        'Da un paso largo hacia delante.',
        'Dobla las dos rodillas y baja la rodilla de atrás hacia el suelo.',
        'Mantén la rodilla de delante sobre el tobillo y el tronco recto.',
        'Empuja para subir y avanza hacia la siguiente zancada.',
      ],
      cautions: ['Baja solo hasta donde te sientas estable.', 'Sáltatelas o da pasos más cortos si te duelen las rodillas.'],
      evidenceNote:
        'Los movimientos dinámicos amplios son la parte recomendada de un calentamiento; no se ha probado si previenen los calambres.',
    },
    'easy-walk': {
      name: 'Paseo suave',
      target: 'Todo el cuerpo (en movimiento)',
      illustrationAlt: 'Una persona que camina a paso relajado balanceando los brazos.',
      steps: [
        'Camina a un paso relajado y cómodo.',
        'Deja que los brazos se balanceen sueltos.',
        'Respira despacio y deja que tu pulso se calme.',
      ],
      cautions: ['Tómatelo con calma; sirve para calentar o para volver a la calma.'],
      evidenceNote:
        'La actividad ligera antes de estirar calienta los músculos, y después de correr ayuda al cuerpo a volver al reposo; es un consejo habitual.',
    },
  },

  routines: {
    'desk-move': {
      name: 'Pausa activa en el escritorio',
      purpose: 'Un descanso rápido de estar sentado: activa la circulación de las piernas y suelta los hombros.',
      evidenceNote:
        'En un pequeño ensayo de laboratorio, dos minutos de caminata ligera cada 20 minutos bajaron el azúcar en sangre después de comer; no se ha probado su efecto sobre los calambres ni la rigidez.',
    },
    'desk-stretch': {
      name: 'Pausa de estiramiento de cinco minutos',
      purpose:
        'Estira los músculos que se ponen rígidos en el escritorio: pantorrillas, muslos, hombros, cuello y antebrazos.',
      evidenceNote:
        'Mantener estiramientos suaves unos 30 segundos sin rebotes es el consejo habitual para la flexibilidad; hay pocas pruebas de que estirar prevenga los calambres.',
    },
    'pre-run-warmup': {
      name: 'Calentamiento antes de correr',
      purpose: 'Calienta con estiramientos en movimiento antes de correr, en lugar de mantener posiciones largas.',
      evidenceNote:
        'Un trote suave o una caminata seguidos de movimientos dinámicos es el calentamiento que las revisiones prefieren para el rendimiento; no se ha probado directamente si calentar previene los calambres.',
    },
    'post-run-cooldown': {
      name: 'Vuelta a la calma después de correr',
      purpose: 'Camina hasta que se calme la respiración y luego estira las piernas mientras siguen calientes.',
      evidenceNote:
        'Estirar los músculos calientes después del ejercicio es el consejo habitual para la flexibilidad; no se sabe qué efecto tiene sobre los calambres más tarde ese día.',
    },
    'bedtime-calves': {
      name: 'Estiramientos antes de dormir',
      purpose:
        'Unos minutos de estiramientos de pantorrillas e isquiotibiales justo antes de dormir, contra los calambres nocturnos en las piernas.',
      evidenceNote:
        'En un ensayo con 80 adultos mayores, estirar pantorrillas e isquiotibiales cada noche redujo la frecuencia y la intensidad de los calambres nocturnos a las seis semanas; otros estudios han encontrado poco beneficio.',
    },
    'relief-calf': {
      name: 'Alivio del calambre de pantorrilla',
      purpose: 'Practica los estiramientos de pantorrilla entre calambres. Durante un calambre, usa Alivio: mantiene hasta que el calambre cede.',
      evidenceNote:
        'Estirar y frotar el músculo es lo que aconsejan los servicios de salud durante un calambre; se basa en la experiencia clínica y en algunos estudios de laboratorio.',
    },
    'relief-foot': {
      name: 'Alivio del calambre de pie',
      purpose: 'Practica los estiramientos del pie entre calambres. Durante un calambre, usa Alivio: mantiene hasta que el calambre cede.',
      evidenceNote:
        'Estirar el músculo acalambrado es el primer auxilio habitual; no hay ensayos de estiramientos específicos del pie para los calambres.',
    },
    'relief-hamstring': {
      name: 'Alivio del calambre en la parte posterior del muslo',
      purpose:
        'Practica los estiramientos de isquiotibiales entre calambres. Durante un calambre, usa Alivio: mantiene hasta que el calambre cede.',
      evidenceNote: exerciseCrampNote,
    },
    'relief-quadriceps': {
      name: 'Alivio del calambre en la parte delantera del muslo',
      purpose: 'Practica los estiramientos del muslo entre calambres. Durante un calambre, usa Alivio: empieza tumbado o sentado y mantiene hasta que el calambre cede.',
      evidenceNote: exerciseCrampNote,
    },
    'relief-hand': {
      name: 'Alivio del calambre de mano',
      purpose: 'Practica los estiramientos de muñeca entre calambres. Durante un calambre, usa Alivio: mantiene hasta que el calambre cede.',
      evidenceNote: handNote,
    },
  },

  relief: {
    calf: {
      name: 'Calambre en la pantorrilla',
      immediate: [stop, 'Siéntate o túmbate con la pierna acalambrada estirada.', holdUntil],
      holds: [
        'Mantén estirada la pierna acalambrada y tira de los dedos de ese pie hacia la espinilla, con la mano o con una toalla alrededor de la planta.',
        'Si puedes estar de pie con seguridad: ponte frente a una pared, con la pierna acalambrada detrás, el talón en el suelo y la rodilla recta, e inclínate suavemente hacia delante.',
      ],
      easing: ['Cuando empiece a ceder, frota la pantorrilla con firmeza.', 'Después camina un poco, con calma.'],
      afterwards: [warmthOrCold, tender],
      evidenceNote:
        'Estirar y masajear es lo que aconsejan los servicios de salud durante un calambre en la pierna; apenas se ha probado en ensayos.',
    },
    foot: {
      name: 'Calambre en el pie',
      immediate: [stop, 'Siéntate donde puedas alcanzar el pie acalambrado.', holdUntil],
      holds: [
        'Tira de los dedos del pie acalambrado hacia la espinilla, con la mano o con una toalla.',
        'Si vuelve a tensarse: apoya los dedos del pie acalambrado contra una pared, con el talón en el suelo, e inclínate suavemente hacia delante.',
      ],
      easing: ['Frota la planta del pie con los pulgares mientras cede.', 'Haz círculos lentos con el tobillo para soltarlo.'],
      afterwards: [warmthOrCold, tender],
      evidenceNote:
        'Estirar y frotar el músculo son los primeros auxilios habituales para un calambre; se basan en la experiencia clínica.',
    },
    hamstring: {
      name: 'Calambre en los isquiotibiales',
      immediate: [stop, 'Siéntate en el suelo o en una cama.', holdUntil],
      holds: [
        'Estira la pierna acalambrada delante de ti, dobla la otra rodilla e inclínate suavemente desde la cadera, con la espalda recta.',
        'Si vuelve a tensarse y puedes estar de pie con seguridad: apoya el talón de la pierna acalambrada en un escalón bajo, con la rodilla recta, e inclínate desde la cadera.',
      ],
      easing: ['Frota la parte posterior del muslo en cuanto empiece a ceder.'],
      afterwards: [warmthOrCold, afterExercise, sipWater],
      evidenceNote: exerciseCrampNote,
    },
    quadriceps: {
      name: 'Calambre en el muslo',
      immediate: [stop, 'Túmbate de lado con la pierna acalambrada arriba, o siéntate de lado en una silla.', holdUntil],
      holds: [
        'De lado (o sentado de lado en la silla), dobla la rodilla de la pierna acalambrada y lleva el talón hacia el glúteo. Sujeta el tobillo, o pásale una toalla si no llegas.',
        'Si vuelve a tensarse y puedes estar de pie con seguridad: apóyate en una silla o una pared, dobla la rodilla acalambrada y lleva el talón hacia el glúteo, con las rodillas juntas.',
      ],
      easing: ['Frota la parte delantera del muslo mientras cede.'],
      afterwards: [warmthOrCold, afterExercise, sipWater],
      evidenceNote: exerciseCrampNote,
    },
    hand: {
      name: 'Calambre en la mano y el antebrazo',
      immediate: ['Deja de escribir, teclear o agarrar y suelta lo que tengas en la mano.', holdUntil],
      holds: ['Abre los dedos de la mano acalambrada y empújalos suavemente hacia atrás, apoyados en una mesa o con la otra mano.'],
      easing: ['Frota la palma y la cara interna del antebrazo mientras cede.'],
      afterwards: [
        warmthOrCold,
        'Descansa de la tarea que lo provocó y, al volver, agarra con menos fuerza.',
        'Consulta a un médico si los calambres en la mano vuelven una y otra vez, o vienen con adormecimiento, hormigueo o debilidad.',
      ],
      evidenceNote: handNote,
    },
  },
  adviceGroups: {
    why: 'Por qué aparecen los calambres',
    now: 'Ahora mismo',
    prevent: 'Prevenir',
    doctor: 'Cuándo buscar ayuda',
  },

  advice: {
    'why-what-is-cramp': {
      title: 'Qué es un calambre',
      summary: 'Un músculo que se contrae con fuerza por sí solo y duele.',
      text: 'Un calambre es una contracción repentina, involuntaria y dolorosa de un músculo, casi siempre en la pantorrilla, el pie o el muslo. Suele pasar en segundos o pocos minutos, y el músculo puede quedar sensible después. Los calambres durante el ejercicio son frecuentes, pero para la mayoría de las personas los beneficios del ejercicio regular los superan con creces.',
      evidenceNote:
        'La definición es la que usan los servicios de salud; que el ejercicio compensa un calambre ocasional es nuestra lectura de los grandes y bien establecidos beneficios de la actividad física, no un estudio sobre calambres.',
    },
    'why-dehydration': {
      title: 'Falta de líquido',
      summary: 'La deshidratación puede hacer más probables los calambres, sobre todo con calor.',
      text: 'A menudo se culpa de los calambres a no beber lo suficiente. La deshidratación puede hacer que los músculos se acalambren con más facilidad, sobre todo con calor.',
      evidenceNote:
        'Los servicios de salud citan la deshidratación como causa, pero en estudios de cohortes con deportistas de resistencia, quienes tuvieron calambres no estaban más deshidratados que quienes no los tuvieron.',
    },
    'why-sweat-salts': {
      title: 'Sales que se pierden con el sudor',
      summary: 'Algunos creen que sudar mucho y salado provoca calambres.',
      text: 'El sudor se lleva sodio y, en menor cantidad, potasio y magnesio. Algunos investigadores creen que sudar mucho y con mucha sal durante horas desencadena calambres generalizados.',
      evidenceNote:
        'Esta explicación por los electrolitos y la de la fatiga muscular siguen en debate para los calambres del ejercicio; cada una tiene el apoyo de estudios distintos y ninguna está demostrada.',
    },
    'why-tired-muscles': {
      title: 'Músculos cansados y sobrecargados',
      summary: 'Un músculo que trabaja duro mucho tiempo puede contraerse y no soltarse.',
      text: 'Cuando un músculo trabaja duro mucho tiempo, las señales nerviosas que le indican contraerse y relajarse pueden desequilibrarse. Entonces el músculo se contrae y no se suelta.',
      evidenceNote:
        'Esta explicación por la fatiga encaja mejor que la deshidratación con los estudios de cohortes en deportistas y con los estudios de laboratorio de calambres provocados; es la idea principal, pero no está resuelta.',
    },
    'why-low-fuel': {
      title: 'Poco combustible',
      summary: 'Hacer ejercicio sin comer puede cansarte antes.',
      text: 'Durante el ejercicio largo, los músculos queman hidratos de carbono almacenados (glucógeno). Empezar sin haber comido lo suficiente puede adelantar la fatiga y, con ella, los calambres.',
      evidenceNote:
        'Hay pocas pruebas directas que relacionen el glucógeno bajo con los calambres; la idea se deduce de la explicación por la fatiga y del beneficio conocido de comer hidratos de carbono antes del ejercicio.',
    },
    'why-blood-flow': {
      title: 'Mala circulación',
      summary: 'Las arterias estrechadas pueden causar dolor de piernas, parecido a un calambre, con el ejercicio.',
      text: 'Las arterias estrechadas pueden dejar sin suficiente sangre a los músculos de las piernas durante el ejercicio y causar un dolor parecido a un calambre. Suele aliviarse poco después de parar.',
      evidenceNote:
        'Las fuentes clínicas lo describen como una posible causa; conviene consultar con un médico un dolor así al caminar.',
    },
    'why-one-position': {
      title: 'Quedarse en una postura',
      summary: 'Algunos notan calambres tras mucho rato quietos; no está demostrado.',
      text: 'Algunas personas notan calambres después de estar sentadas horas sin moverse, y los calambres nocturnos aparecen mientras los músculos de las piernas descansan acortados en la cama. No está demostrado que quedarse en una postura cause calambres.',
      evidenceNote:
        'No se sabe por qué aparecen los calambres nocturnos; la fatiga muscular y los cambios en los nervios son las ideas principales, y la relación con la postura solo procede de la observación clínica.',
    },
    'why-hard-sweaty-exercise': {
      title: 'Ejercicio intenso y con mucho sudor',
      summary: 'Exigirte más de lo habitual, sobre todo con calor, puede hacer más probables los calambres.',
      text: 'Los calambres son frecuentes al final de sesiones largas o rápidas, y cuando hace calor. Exigirte más o durante más tiempo de lo habitual puede aumentar el riesgo.',
      evidenceNote:
        'Las revisiones relacionan los calambres del ejercicio con la sobrecarga y la fatiga muscular; se cree que sudar mucho con calor aumenta el riesgo, pero esa parte está menos clara.',
    },
    'now-stop': {
      title: 'Detente',
      summary: 'Seguir suele empeorarlo.',
      text: 'Deja lo que estés haciendo. Seguir suele empeorar el calambre.',
      evidenceNote:
        'Es el primer auxilio habitual para un calambre, en el que coinciden los servicios de salud y las revisiones de medicina deportiva.',
    },
    'now-stretch': {
      title: 'Estira y mantén',
      summary: 'Alarga el músculo despacio hasta que el calambre ceda.',
      text: 'Alarga despacio el músculo acalambrado y mantenlo así hasta que el calambre se suelte. Para la pantorrilla, lleva los dedos del pie hacia la espinilla.',
      evidenceNote:
        'Todas las fuentes que consultamos lo aconsejan, y los estudios de laboratorio con calambres provocados lo respaldan, pero hay pocos ensayos con calambres reales.',
    },
    'now-breathe': {
      title: 'Respira despacio',
      summary: 'Respira despacio mientras estiras; no contengas la respiración.',
      text: 'Respira despacio mientras mantienes el estiramiento y no contengas la respiración. Puede que te ayude a relajarte en el estiramiento; no se ha probado como tratamiento de los calambres.',
      evidenceNote:
        'Respirar con libertad forma parte del consejo habitual para estirar; ningún estudio ha probado la respiración por sí sola contra los calambres.',
    },
    'now-massage': {
      title: 'Frota el músculo',
      summary: 'Cuando el calambre cede, frotar puede que ayude al músculo a soltarse.',
      text: 'Cuando el calambre empiece a ceder, frota el músculo con firmeza. Puede que le ayude a relajarse y a doler menos. Antes revisa las señales de alarma: no frotes una pantorrilla hinchada, enrojecida o caliente en un solo lado.',
      evidenceNote:
        'Lo aconsejan los servicios de salud y las revisiones de medicina deportiva, a partir de la experiencia clínica y no de ensayos.',
    },
    'now-ice-heat': {
      title: 'Después: calor tibio o frío',
      summary: 'Algo tibio puede que relaje un músculo tenso; el frío, aliviar el dolor.',
      text: 'Algo tibio puede que ayude a un músculo que sigue tenso, y una bolsa de frío envuelta puede que alivie el dolor. No apliques calor donde tu piel siente menos, por ejemplo por diabetes o daño en los nervios (neuropatía): podrías no notar una quemadura. Los analgésicos actúan demasiado despacio para el calambre en sí, pero pueden aliviar la sensibilidad más tarde.',
      evidenceNote:
        'El calor y el frío son consejos habituales de autocuidado; ninguno se ha probado para los calambres. La precaución ante la sensibilidad reducida es el consejo habitual para evitar quemaduras.',
    },
    'now-pickle-juice': {
      title: '¿Un sorbo del líquido de los pepinillos?',
      summary: 'Solo un pequeño estudio de laboratorio sugiere que ayuda en calambres provocados.',
      text: 'En un estudio de laboratorio, beber un poco del líquido de los pepinillos en vinagre hizo que los calambres provocados terminaran antes. Pareció actuar demasiado rápido para estar reponiendo sal, así que quizá actúe mediante un reflejo desde la boca.',
      evidenceNote:
        'Un único estudio pequeño de calambres provocados con estimulación eléctrica en diez hombres; no se ha demostrado que ayude con los calambres cotidianos.',
    },
    'prevent-drink-before': {
      title: 'Bebe antes de hacer ejercicio',
      summary: 'Bebe despacio unas horas antes y luego según la sed.',
      text: 'El ACSM aconseja beber despacio al menos cuatro horas antes del ejercicio, unos 5–7 ml por kg de peso corporal, y un poco más dos horas antes solo si la orina sigue oscura. En las sesiones largas, bebe según la sed y no más de lo que sudas.',
      evidenceNote:
        'Una declaración de postura de medicina deportiva lo recomienda para empezar el ejercicio bien hidratado; si previene los calambres está en discusión.',
    },
    'prevent-not-too-much': {
      title: 'No bebas demasiado',
      summary: 'Beber mucho más de lo que sudas puede ser peligroso.',
      text: 'Beber mucho más de lo que pierdes puede diluir la sal de la sangre: la hiponatremia. Ocurre sobre todo en pruebas largas y lentas, como maratones, caminatas largas y salidas en bici. Las señales de alarma son dolor de cabeza, náuseas o vómitos, confusión e hinchazón de manos y pies, a menudo con peso ganado durante la prueba. Bebe según la sed y nunca con un horario fijo que te haga pesar más al terminar.',
      evidenceNote:
        'Una declaración de consenso internacional, basada en muchas series de casos, señala beber por encima de lo que se suda como la causa principal de la hiponatremia asociada al ejercicio y aconseja beber según la sed.',
    },
    'prevent-daily-water': {
      title: 'Bebe lo suficiente durante el día',
      summary: 'Bebe con regularidad, y más con calor o sudor.',
      text: 'Las recomendaciones europeas proponen unos 2 litros de agua al día para las mujeres y 2,5 litros para los hombres, contando el agua de los alimentos. Con calor o cuando sudas, necesitas más.',
      evidenceNote:
        'Son valores de referencia fijados por un panel de expertos a partir de consumos habituales, para clima templado y actividad moderada; no son una forma probada de prevenir los calambres.',
    },
    'prevent-electrolytes': {
      title: 'Repón sales en días largos y sudorosos',
      summary: 'En sesiones largas o con calor, bebida deportiva salada o comida salada.',
      text: 'En sesiones de más de una hora, o con calor, una bebida deportiva con sal y azúcar, o agua con comida salada, repone parte de la sal que sudas. El agua de coco tiene poco sodio, así que no sirve para reponer sal.',
      evidenceNote:
        'La sal en bebidas y comidas ayuda al cuerpo a retener líquido tras un ejercicio largo o caluroso; un pequeño ensayo halló que el agua de coco rehidrataba casi igual que una bebida deportiva, pero aporta poco sodio, y no se ha demostrado que ninguna de las dos prevenga los calambres.',
    },
    'prevent-wait-after-eating': {
      title: 'Deja que la comida se asiente',
      summary: 'Una hora tras un tentempié; más tras comidas copiosas.',
      text: 'Después de picar algo o de una comida ligera, espera al menos una hora antes de hacer ejercicio. Después de una comida abundante, espera más, unas tres o cuatro horas.',
      evidenceNote:
        'Una recomendación general para evitar la pesadez o las molestias de estómago; no es una prueba sobre los calambres musculares.',
    },
    'prevent-warm-up': {
      title: 'Calienta primero',
      summary: 'Movimiento suave y estiramientos dinámicos; las posturas largas, después.',
      text: 'Empieza con unos minutos de movimiento suave y luego haz estiramientos en movimiento, como balanceos de pierna y zancadas. Deja los estiramientos largos para después.',
      evidenceNote:
        'Las revisiones respaldan un calentamiento ligero con estiramientos dinámicos para el rendimiento; ningún ensayo ha probado el calentamiento frente a los calambres.',
    },
    'prevent-stretch': {
      title: 'Estira antes, durante y después',
      summary: 'Estira cualquier músculo que se tense, y antes de acostarte si tienes calambres nocturnos.',
      text: 'Haz tus estiramientos antes de empezar. Si un músculo se tensa en mitad de la sesión, baja el ritmo y estíralo. Vuelve a estirar al terminar. Si tienes calambres por la noche, estira antes de acostarte.',
      evidenceNote:
        'Un ensayo vio que estirar antes de dormir reducía los calambres nocturnos en adultos mayores, pero en conjunto las pruebas de que estirar previene los calambres son limitadas y dispares.',
    },
    'prevent-break-sitting': {
      title: 'Interrumpe los ratos largos sentado',
      summary: 'Muévete uno o dos minutos cada 20 a 30 minutos.',
      text: 'Levántate y muévete uno o dos minutos cada 20 a 30 minutos: camina, marcha en el sitio, ponte de puntillas. Estar menos tiempo sentado es bueno para la salud; si previene los calambres no se ha estudiado.',
      evidenceNote:
        'La OMS recomienda con firmeza estar menos tiempo sentado, y las pausas breves de movimiento mejoraron el azúcar en sangre en un ensayo; para los calambres es, como mucho, opinión de expertos, porque ningún estudio lo ha probado.',
    },
    'prevent-recover': {
      title: 'Recupérate bien',
      summary: 'El masaje, el rodillo y el descanso pueden aliviar las agujetas.',
      text: 'Después de sesiones duras, el masaje, el rodillo de espuma o un baño en agua fresca pueden aliviar el dolor muscular y el cansancio. Los días de descanso dejan que los músculos cansados se recuperen.',
      evidenceNote:
        'Las revisiones encuentran pequeños beneficios para el dolor muscular, a partir de estudios de calidad desigual; no se ha demostrado que ninguno prevenga los calambres.',
    },
    'prevent-magnesium': {
      title: 'Magnesio y otros suplementos',
      summary: 'En personas mayores con calambres nocturnos, es poco probable que el magnesio ayude.',
      text: 'Una revisión Cochrane halló poco probable que el magnesio ayude a las personas mayores con calambres comunes, que son sobre todo calambres nocturnos en las piernas. En el embarazo los ensayos no coinciden, y ningún ensayo lo ha probado en los calambres del ejercicio. Consulta a un médico o farmacéutico antes de tomar cualquier suplemento para los calambres.',
      evidenceNote:
        'Una revisión Cochrane de 2020 no halló un beneficio relevante en personas mayores con calambres comunes (evidencia de certeza moderada); en los calambres del embarazo los resultados se contradicen, y los calambres del ejercicio no se estudiaron.',
    },
    'urgent-clot': {
      title: 'Una pantorrilla hinchada, roja, caliente o dolorida',
      summary: 'Urgente: puede ser un coágulo; con falta de aire, una emergencia.',
      text: 'Una pantorrilla o pierna hinchada, enrojecida, caliente o dolorida en un solo lado puede ser un coágulo (trombosis venosa profunda): busca atención médica hoy mismo y no la frotes. Si además te falta el aire o tienes dolor en el pecho, es una emergencia: llama a una ambulancia.',
      evidenceNote:
        'El NHS señala estos signos de un coágulo como motivo de atención urgente, y la falta de aire o el dolor en el pecho como signos de un coágulo en el pulmón que requiere atención de emergencia.',
    },
    'urgent-rhabdo': {
      title: 'Orina oscura con dolor muscular intenso',
      summary: 'Urgente: busca atención médica hoy.',
      text: 'Un dolor o una debilidad muscular intensos con orina oscura (color té o cola), tras un ejercicio muy duro o mientras tomas una estatina, pueden ser una destrucción muscular (rabdomiólisis), que puede dañar los riñones. Busca atención médica hoy mismo.',
      evidenceNote:
        'El NHS indica a quienes toman estatinas que pidan ayuda enseguida ante un dolor o debilidad muscular sin explicación, porque puede significar destrucción muscular y daño renal; la destrucción muscular por esfuerzo se describe en revisiones de medicina deportiva.',
    },
    'urgent-heat': {
      title: 'Piel caliente y seca, confusión o desmayo',
      summary: 'Emergencia: puede ser un golpe de calor; llama a una ambulancia.',
      text: 'Calambres con calor y piel caliente que ha dejado de sudar, confusión, una convulsión o un desmayo pueden ser un golpe de calor: llama a una ambulancia, ve a un lugar fresco y refresca la piel. El agotamiento por calor (sudor abundante, mareo, calambres) que no mejora en 30 minutos de enfriarse también necesita ayuda.',
      evidenceNote:
        'El NHS trata el golpe de calor como una emergencia, y el agotamiento por calor que no mejora en 30 minutos como motivo para pedir ayuda.',
    },
    'urgent-hyponatraemia': {
      title: 'Dolor de cabeza, náuseas o hinchazón tras beber mucho',
      summary: 'Urgente: demasiada agua; la confusión es una emergencia.',
      text: 'Dolor de cabeza, náuseas o vómitos, manos y pies hinchados, o peso ganado durante una prueba larga en la que bebiste mucho pueden ser una hiponatremia. Deja de beber agua sola y busca atención médica hoy mismo. La confusión, una convulsión o la somnolencia son una emergencia: llama a una ambulancia.',
      evidenceNote:
        'Una declaración de consenso internacional describe estos signos de la hiponatremia asociada al ejercicio, y la confusión o las convulsiones como su forma potencialmente mortal.',
    },
    'urgent-tetanus': {
      title: 'Mandíbula rígida o espasmos tras una herida',
      summary: 'Urgente: puede ser tétanos.',
      text: 'Calambres o espasmos dolorosos con la mandíbula rígida, días después de un corte, una mordedura u otra herida, pueden ser tétanos. Busca atención médica hoy mismo; si te cuesta respirar o tragar, llama a una ambulancia.',
      evidenceNote:
        'El NHS aconseja una cita urgente ante calambres tras una herida que pudo transmitir el tétanos, y señala la mandíbula rígida y los espasmos como sus signos.',
    },
    'doctor-frequent-severe': {
      title: 'Calambres frecuentes o intensos',
      summary: 'Sobre todo si no tienen explicación o alteran tu sueño.',
      text: 'Consulta a un médico si los calambres aparecen a menudo, duelen mucho, no te dejan dormir bien o no tienen una causa clara, como el ejercicio intenso.',
      evidenceNote:
        'Consejo de los servicios de salud; los calambres frecuentes pueden tener una causa que vale la pena tratar.',
    },
    'doctor-other-signs': {
      title: 'Calambres con adormecimiento, debilidad o hinchazón',
      summary: 'Pueden indicar un problema de nervios o vasos sanguíneos.',
      text: 'Consulta a un médico si los calambres vienen con adormecimiento o debilidad, si los músculos de tus piernas se están debilitando o adelgazando, o si tienes las piernas hinchadas.',
      evidenceNote:
        'Estas señales pueden indicar un problema en los nervios o los vasos sanguíneos; consejo de los servicios de salud.',
    },
    'doctor-not-easing': {
      title: 'Un calambre que no cede',
      summary: 'Urgente: un calambre que dura más de 10 minutos.',
      text: 'Pide una cita urgente si un calambre dura más de 10 minutos o no mejora cuando te mueves y estiras.',
      evidenceNote:
        'Consejo de los servicios de salud; los calambres comunes pasan en pocos minutos.',
    },
    'doctor-medicines': {
      title: 'Tras empezar un medicamento nuevo',
      summary: 'Algunos medicamentos causan calambres; no dejes ninguno por tu cuenta.',
      text: 'Algunos medicamentos, como las estatinas para el colesterol y los diuréticos, pueden causar calambres. Si los calambres empiezan tras un medicamento nuevo, habla con tu médico o farmacéutico y no lo dejes por tu cuenta. Busca consejo médico el mismo día si el dolor muscular es intenso o sin explicación, o si tu orina es oscura.',
      evidenceNote:
        'Los servicios de salud señalan estos medicamentos como causa de calambres, y el NHS aconseja pedir ayuda enseguida ante un dolor muscular sin explicación mientras se toma una estatina.',
    },
    'doctor-pregnancy': {
      title: 'Calambres en el embarazo',
      summary: 'Son frecuentes; consulta antes de tomar suplementos.',
      text: 'Los calambres en las piernas son frecuentes en la etapa final del embarazo. Coméntalos con tu médico o con quien siga tu embarazo antes de probar cualquier suplemento.',
      evidenceNote:
        'Los servicios de salud señalan que los calambres son frecuentes en el embarazo; los ensayos con magnesio en el embarazo dan resultados contradictorios.',
    },
    'doctor-quinine': {
      title: 'Quinina solo si la receta un médico',
      summary: 'No es de uso rutinario; nunca te la autoadministres.',
      text: 'La quinina ya no es un tratamiento rutinario para los calambres, porque puede causar problemas raros pero graves en la sangre y el corazón. En el Reino Unido se reserva para calambres nocturnos intensos y frecuentes cuando se han descartado otras causas y estirar no ha ayudado. Tómala solo si te la receta un médico, y no dejes una receta sin consultar.',
      evidenceNote:
        'Los reguladores desaconsejan su uso rutinario (la MHRA británica) o advierten que los riesgos superan el beneficio (la FDA estadounidense); el NHS aún la menciona para calambres muy intensos cuando el ejercicio no ha ayudado.',
    },
    'not-medical-advice': {
      title: 'Limber no es consejo médico',
      summary: 'Limber no puede diagnosticarte ni tratarte; si te preocupa tu salud, consulta a un profesional.',
      text: 'Limber ofrece información general y rutinas suaves. No puede diagnosticarte ni tratarte. Si te preocupa tu salud, habla con un médico, en la farmacia o con el personal de enfermería.',
      evidenceNote:
        'Un recordatorio de lo que una app puede y no puede hacer; los servicios de salud que citamos dan el mismo consejo.',
    },
  },

  breakSteps: {
    line: '{name}: {time}.',
    seconds: '{n} segundos',
    oneMinute: '1 minuto',
    minutes: '{n} minutos',
    eachSide: '{time} por lado',
  },
};
