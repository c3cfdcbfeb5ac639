import type { ContentTranslation } from './types.ts';

/*
 * French health content. "Vous" throughout, as in the rest of the app. Sentences addressed to the
 * reader avoid adjectives that change with gender ("redressez-vous" rather than "tenez-vous
 * droit"). A no-break space (\u00a0) goes before ":", ";" and "?", as French typography expects.
 */

/** The same two basic cautions every static stretch carries (stretches.ts: gentle, stopIf). */
const gentle = 'Allez doucement jusqu’à une légère tension, jamais jusqu’à la douleur, et sans à-coups.';
const stopIf = 'Arrêtez si vous ressentez une douleur vive, un engourdissement ou des fourmillements.';
const hamstrings = 'Arrière de la cuisse (ischio-jambiers)';

/** Said in every relief guide (relief.ts). */
const stop = 'Arrêtez ce que vous faites et restez immobile un instant.';
const holdGently =
  'Maintenez l’étirement en douceur. Respirez lentement et profondément pendant que vous tenez. La plupart des crampes passent en quelques minutes.';
const warmthOrCold =
  'Ensuite, la chaleur (une serviette chaude ou un bain) peut détendre un muscle qui reste contracté\u00a0; une poche de froid enveloppée dans un linge peut soulager la douleur.';
const tender = 'Le muscle peut rester sensible pendant une journée. C’est fréquent.';
const legRedFlags =
  'Demandez rapidement un avis médical si une crampe dure plus de 10 minutes, ou s’accompagne d’un gonflement, d’une rougeur, d’une sensation de chaleur, d’un engourdissement ou d’une faiblesse.';
const afterExercise = 'Si elle est survenue pendant l’effort, arrêtez-vous pour aujourd’hui ou continuez très doucement.';
const sipWater = 'Buvez quelques gorgées d’eau si vous avez soif.';
const exerciseCrampNote =
  'Un étirement statique doux, jusqu’à ce que la crampe cède, est le traitement habituel des crampes à l’effort\u00a0; il repose sur un consensus d’experts.';
const handNote =
  'Étirer et masser un muscle en crampe est un geste d’auto-soin courant\u00a0; les étirements de la main n’ont pas été testés dans des essais.';

export const fr: ContentTranslation = {
  stretches: {
    'calf-wall': {
      name: 'Étirement du mollet contre un mur',
      target: 'Mollet (gastrocnémien), genou tendu',
      illustrationAlt: 'Une personne appuyée contre un mur, une jambe reculée, le genou tendu et le talon au sol.',
      steps: [
        'Placez-vous à une longueur de bras d’un mur et posez les deux mains dessus.',
        'Reculez un pied. Gardez ce genou tendu et le talon au sol.',
        'Pliez le genou avant et penchez-vous lentement vers le mur jusqu’à sentir un étirement dans le mollet arrière.',
        'Restez immobile et respirez. Puis changez de jambe.',
      ],
      cautions: [gentle, 'Gardez les orteils du pied arrière pointés vers l’avant, pas vers l’extérieur.', stopIf],
      evidenceNote:
        'Étirer les mollets est le conseil habituel pour soulager et prévenir les crampes dans les jambes\u00a0; les essais d’étirements pour prévenir les crampes donnent des résultats partagés.',
    },
    'soleus-bent-knee': {
      name: 'Étirement du mollet genou plié',
      target: 'Mollet profond (soléaire), genou plié',
      illustrationAlt:
        'Une personne face à un mur, le pied arrière un petit pas en retrait, les deux genoux pliés et le talon arrière au sol.',
      steps: [
        'Placez-vous face à un mur, les mains posées dessus.',
        'Reculez un pied d’un petit pas, talon au sol.',
        'Pliez les deux genoux et descendez un peu. Gardez le talon arrière au sol.',
        'Sentez l’étirement en bas du mollet, juste au-dessus de la cheville. Tenez, puis changez de jambe.',
      ],
      cautions: [
        gentle,
        'Si le talon se soulève, faites un pas plus court.',
        'Arrêtez si l’arrière de la cheville (tendon d’Achille) fait mal.',
      ],
      evidenceNote:
        'Plier le genou déplace l’étirement vers le soléaire, le muscle profond du mollet\u00a0; cela découle de l’anatomie plutôt que d’un essai sur les crampes.',
    },
    'towel-calf': {
      name: 'Étirement du mollet avec une serviette',
      target: 'Mollet et plante du pied',
      illustrationAlt:
        'Une personne assise, jambes tendues, une serviette passée autour d’un pied et tirée doucement vers elle.',
      steps: [
        'Asseyez-vous par terre ou dans votre lit, jambes tendues.',
        'Passez une serviette, une ceinture ou une écharpe sous l’avant d’un pied.',
        'Tirez doucement pour ramener les orteils vers vous. Gardez le genou tendu.',
        'Tenez et respirez. Puis changez de jambe.',
      ],
      cautions: [gentle, 'Si votre dos est raide, adossez-vous à un mur ou pliez l’autre genou.'],
      evidenceNote:
        'Ramener les orteils vers le tibia est la façon habituelle d’étirer une crampe du mollet ou du pied au lit\u00a0; cela repose sur l’expérience clinique.',
    },
    'toe-wall': {
      name: 'Étirement des orteils contre un mur',
      target: 'Plante du pied (aponévrose plantaire) et mollet',
      illustrationAlt: 'Une personne face à un mur, les orteils d’un pied relevés contre le mur et le talon au sol.',
      steps: [
        'Placez-vous face à un mur, les mains posées dessus.',
        'Appuyez les orteils d’un pied contre le mur. Gardez le talon au sol.',
        'Penchez-vous doucement vers le mur jusqu’à sentir un étirement sous le pied et dans le mollet.',
        'Plutôt sur une chaise\u00a0? Posez une cheville sur le genou opposé et tirez les orteils vers l’arrière avec la main.',
      ],
      cautions: [gentle, 'Portez des chaussures ou placez-vous sur un tapis si le sol glisse.', stopIf],
      evidenceNote:
        'Ramener les orteils vers l’arrière étire la plante du pied\u00a0; c’est une pratique courante, pas un traitement testé contre les crampes.',
    },
    'heel-raises': {
      name: 'Montées sur la pointe des pieds',
      target: 'Mollets et chevilles (en mouvement)',
      illustrationAlt: 'Une personne qui se tient au dossier d’une chaise et monte sur la pointe des pieds.',
      steps: [
        'Redressez-vous et tenez une chaise, un bureau ou un mur pour garder l’équilibre.',
        'Montez lentement sur la pointe des pieds.',
        'Redescendez les talons en contrôlant le mouvement.',
        'Gardez un rythme régulier, environ une montée toutes les deux secondes.',
      ],
      cautions: ['Tenez-vous à quelque chose de stable.', 'Arrêtez si le mollet commence à se crisper, et étirez-le plutôt.'],
      evidenceNote:
        'De courtes séquences de mouvement léger pendant une longue station assise ont amélioré la glycémie dans un petit essai\u00a0; leur effet sur les crampes n’a pas été testé.',
    },
    'ankle-circles': {
      name: 'Cercles de cheville',
      target: 'Chevilles et pieds (en mouvement)',
      illustrationAlt: 'Une personne assise sur une chaise, un pied levé, qui dessine des cercles avec les orteils.',
      steps: [
        'Asseyez-vous le dos bien droit et soulevez un peu un pied du sol.',
        'Dessinez avec les orteils des cercles lents et amples.',
        'Dans un sens, puis dans l’autre.',
        'Changez de pied.',
      ],
      cautions: ['Bougez lentement et restez dans une amplitude confortable.'],
      evidenceNote:
        'Les recommandations conseillent d’interrompre la position assise par n’importe quel mouvement\u00a0; les cercles de cheville en sont un exemple doux, pas un traitement testé contre les crampes.',
    },
    'hamstring-step': {
      name: 'Étirement des ischio-jambiers sur une marche',
      target: hamstrings,
      illustrationAlt:
        'Une personne, un talon posé sur une marche basse, qui se penche en avant depuis les hanches, le dos bien long.',
      steps: [
        'Posez un talon sur une marche basse ou une caisse solide, orteils vers le haut.',
        'Gardez ce genou tendu ou très légèrement fléchi.',
        'Le dos bien long, penchez-vous en avant depuis les hanches.',
        'Arrêtez-vous quand vous sentez l’étirement à l’arrière de la cuisse. Tenez, puis changez de jambe.',
      ],
      cautions: [gentle, 'N’arrondissez pas le dos pour aller plus loin.', stopIf],
      evidenceNote:
        'Les étirements doux des ischio-jambiers sont un conseil de souplesse classique\u00a0; leur effet préventif sur les crampes est peu étudié.',
    },
    'hamstring-seated': {
      name: 'Étirement des ischio-jambiers sur une chaise',
      target: hamstrings,
      illustrationAlt:
        'Une personne au bord d’une chaise, une jambe tendue devant elle, talon au sol, qui se penche en avant.',
      steps: [
        'Asseyez-vous vers l’avant d’une chaise stable.',
        'Tendez une jambe devant vous, talon au sol, orteils vers le haut.',
        'Redressez-vous, puis penchez-vous en avant depuis les hanches.',
        'Posez les mains sur l’autre cuisse. Tenez, puis changez de jambe.',
      ],
      cautions: [gentle, 'Choisissez une chaise qui ne bascule pas et ne roule pas.', stopIf],
      evidenceNote:
        'Une version assise d’un étirement classique des ischio-jambiers\u00a0; elle repose sur la pratique courante plutôt que sur des essais.',
    },
    'quad-standing': {
      name: 'Étirement de la cuisse debout',
      target: 'Avant de la cuisse (quadriceps)',
      illustrationAlt:
        'Une personne qui se tient à une chaise, un talon ramené derrière elle vers la fesse, une main sur la cheville.',
      steps: [
        'Redressez-vous et tenez une chaise ou un mur d’une main.',
        'Pliez un genou et ramenez le talon vers la fesse.',
        'Attrapez la cheville avec la main libre. Gardez les genoux côte à côte.',
        'Rentrez légèrement le bassin. Tenez, puis changez de jambe.',
      ],
      cautions: [
        gentle,
        'Si vous n’atteignez pas la cheville, passez une serviette autour.',
        'Évitez celui-ci si vous avez mal au genou en vous agenouillant ou en le pliant.',
      ],
      evidenceNote: 'Un étirement classique de la cuisse pour la souplesse\u00a0; les preuves qu’il prévient les crampes manquent.',
    },
    'hip-flexor-kneel': {
      name: 'Étirement des fléchisseurs de hanche à genou',
      target: 'Avant de la hanche (fléchisseurs de la hanche)',
      illustrationAlt:
        'Une personne à genou sur une jambe, l’autre pied devant, le buste droit, les hanches avancées en douceur.',
      steps: [
        'Posez un genou sur une surface douce. Placez l’autre pied à plat devant vous.',
        'Redressez le buste et rentrez légèrement le bassin.',
        'Avancez doucement les hanches jusqu’à sentir un étirement à l’avant de la hanche, du côté de la jambe arrière.',
        'Tenez, puis changez de côté.',
      ],
      cautions: [gentle, 'Placez une serviette pliée sous le genou.', 'Gardez le genou avant au-dessus de la cheville.'],
      evidenceNote:
        'Utile après de longues heures sur une chaise, qui gardent les hanches fléchies\u00a0; c’est une pratique courante, pas un traitement testé contre les crampes.',
    },
    'knee-hug': {
      name: 'Genou à la poitrine',
      target: 'Fessiers et bas du dos',
      illustrationAlt: 'Une personne allongée sur le dos, une jambe tendue, l’autre genou ramené vers la poitrine.',
      steps: [
        'Allongez-vous sur le dos, par terre ou dans votre lit.',
        'Ramenez un genou vers la poitrine. Tenez la jambe juste sous le genou.',
        'Gardez l’autre jambe allongée et détendue.',
        'Respirez lentement. Tenez, puis changez de jambe.',
      ],
      cautions: [gentle, 'Gardez la tête posée.', 'Tenez plutôt l’arrière de la cuisse si votre genou est douloureux.'],
      evidenceNote:
        'Un étirement doux et très répandu pour les fessiers et le bas du dos\u00a0; il repose sur la pratique courante.',
    },
    'childs-pose': {
      name: 'Posture de l’enfant',
      target: 'Bas du dos',
      illustrationAlt:
        'Une personne à genoux, assise vers les talons, le buste penché en avant, les bras allongés au sol.',
      steps: [
        'Mettez-vous à genoux sur une surface douce, genoux légèrement écartés.',
        'Asseyez-vous en arrière vers les talons.',
        'Penchez-vous en avant et allongez les bras au sol devant vous.',
        'Laissez le dos se relâcher et respirez lentement en y portant votre attention.',
      ],
      cautions: [
        gentle,
        'Placez un coussin entre les talons et les fesses si vos genoux protestent.',
        'Passez-la si être à genoux vous fait mal.',
      ],
      evidenceNote:
        'Un étirement relaxant du bas du dos, issu du yoga\u00a0; il s’appuie sur l’expérience pratique plutôt que sur des essais.',
    },
    'wrist-flexor': {
      name: 'Étirement des poignets sur le bureau',
      target: 'Fléchisseurs de l’avant-bras et des doigts (côté paume)',
      illustrationAlt:
        'Une personne debout à un bureau, bras tendus, paumes à plat sur le bureau et doigts tournés vers elle.',
      steps: [
        'Placez-vous debout devant un bureau ou une table.',
        'Posez les paumes à plat dessus, doigts tournés vers vous.',
        'Gardez les coudes tendus et reculez doucement le buste.',
        'Sentez l’étirement le long de l’intérieur des avant-bras. Tenez.',
      ],
      cautions: [gentle, 'Tournez moins les mains si les poignets sont douloureux.', stopIf],
      evidenceNote:
        'Un étirement de bureau courant pour les muscles qui fléchissent les doigts\u00a0; il n’a pas été testé comme traitement des crampes.',
    },
    'wrist-extensor': {
      name: 'Étirement des extenseurs du poignet',
      target: 'Extenseurs de l’avant-bras (dessus de l’avant-bras)',
      illustrationAlt:
        'Une personne, un bras tendu devant elle, le poignet plié vers le bas, l’autre main appuyant sur le dos de la main.',
      steps: [
        'Tendez un bras devant vous, coude droit, paume vers le bas.',
        'Laissez le poignet se plier pour que les doigts pointent vers le sol.',
        'Avec l’autre main, ramenez doucement le dos de la main vers vous.',
        'Sentez l’étirement sur le dessus de l’avant-bras. Tenez, puis changez de bras.',
      ],
      cautions: [gentle, stopIf],
      evidenceNote:
        'Un étirement classique de l’arrière de l’avant-bras, souvent pratiqué par les personnes qui tapent beaucoup au clavier\u00a0; non étudié pour les crampes.',
    },
    'finger-fan': {
      name: 'Éventail des doigts',
      target: 'Muscles de la main et des doigts (en mouvement)',
      illustrationAlt: 'Une main ouverte, les doigts et le pouce largement écartés.',
      steps: [
        'Écartez les doigts et le pouce aussi largement que c’est confortable.',
        'Tenez le temps d’une respiration.',
        'Refermez la main en un poing souple et détendu.',
        'Ouvrez et fermez lentement, encore et encore.',
      ],
      cautions: [
        'Gardez le poing détendu\u00a0; ne serrez pas fort.',
        'Pendant une crampe de la main, étirez plutôt les doigts bien ouverts et tenez.',
      ],
      evidenceNote:
        'Ouvrir la main étire les muscles qui fléchissent les doigts\u00a0; une façon simple, non testée, de délier la main.',
    },
    'neck-side': {
      name: 'Étirement latéral du cou',
      target: 'Côté du cou',
      illustrationAlt: 'Une personne vue de face qui incline la tête, une oreille se rapprochant de l’épaule.',
      steps: [
        'Asseyez-vous ou restez debout, le dos droit, les épaules détendues.',
        'Inclinez la tête pour rapprocher une oreille de l’épaule du même côté.',
        'Si vous le souhaitez, posez légèrement la main de ce côté sur la tête. Ne tirez pas.',
        'Laissez descendre l’autre épaule. Tenez, puis changez de côté.',
      ],
      cautions: [
        'Bougez lentement et restez en douceur.',
        'Ne basculez pas la tête complètement en arrière.',
        'Arrêtez et demandez conseil si vous avez des vertiges ou des fourmillements dans les bras.',
      ],
      evidenceNote: 'Un étirement de bureau courant contre la raideur de la nuque\u00a0; il repose sur l’expérience pratique.',
    },
    'shoulder-cross': {
      name: 'Étirement de l’épaule, bras croisé',
      target: 'Arrière de l’épaule et haut du dos',
      illustrationAlt:
        'Une personne vue de face qui ramène un bras en travers de la poitrine, tenu par l’autre main.',
      steps: [
        'Amenez un bras en travers de la poitrine, à hauteur d’épaule.',
        'Tenez-le au-dessus du coude avec l’autre main.',
        'Rapprochez-le doucement. Gardez l’épaule basse, loin de l’oreille.',
        'Tenez, puis changez de bras.',
      ],
      cautions: [gentle, 'Tenez au-dessus du coude, pas sur l’articulation.'],
      evidenceNote:
        'Un étirement classique de l’épaule\u00a0; utile après de longues heures au clavier, même s’il n’a pas été étudié pour les crampes.',
    },
    'shoulder-rolls': {
      name: 'Rotations des épaules',
      target: 'Épaules et haut du dos (en mouvement)',
      illustrationAlt:
        'Une personne debout, bien droite, qui fait rouler les épaules vers le haut, vers l’arrière puis vers le bas.',
      steps: [
        'Debout ou sur une chaise, redressez-vous, les bras détendus.',
        'Montez les épaules vers les oreilles.',
        'Faites-les rouler vers l’arrière et vers le bas en un cercle lent.',
        'Recommencez, puis essayez quelques cercles dans l’autre sens.',
      ],
      cautions: ['Gardez un mouvement lent et facile.'],
      evidenceNote:
        'Les recommandations encouragent à interrompre la position assise par tout mouvement léger\u00a0; les rotations des épaules en sont un exemple doux.',
    },
    marching: {
      name: 'Marche sur place',
      target: 'Hanches et jambes (en mouvement)',
      illustrationAlt:
        'Une personne debout, bien droite, un genou levé à hauteur de hanche et le bras opposé vers l’avant.',
      steps: [
        'Redressez-vous près d’un appui auquel vous pouvez vous tenir.',
        'Levez un genou vers la hauteur de la hanche, puis reposez le pied.',
        'Changez de jambe et balancez les bras en même temps.',
        'Gardez un rythme détendu et régulier.',
      ],
      cautions: [
        'Levez les genoux seulement aussi haut que c’est confortable.',
        'Tenez-vous à un appui si votre équilibre est incertain.',
      ],
      evidenceNote:
        'De brèves activités légères pendant une longue station assise ont amélioré la glycémie après un repas dans un petit essai\u00a0; leurs effets sur les crampes n’ont pas été testés.',
    },
    'leg-swings': {
      name: 'Balancements de jambe',
      target: 'Ischio-jambiers et fléchisseurs de hanche (en mouvement)',
      illustrationAlt: 'Une personne debout sur une jambe qui balance l’autre jambe d’avant en arrière.',
      steps: [
        'Placez-vous de profil à un mur, une main posée dessus.',
        'Balancez la jambe extérieure d’avant en arrière, comme un pendule.',
        'Commencez petit. Laissez l’amplitude grandir à mesure que la hanche se délie.',
        'Changez de jambe.',
      ],
      cautions: [
        'Gardez un balancement contrôlé, sans lancer la jambe.',
        'Gardez le buste droit\u00a0; ne vous penchez pas en arrière.',
      ],
      evidenceNote:
        'Les revues montrent que des mouvements dynamiques comme ceux-ci préparent les muscles à l’effort sans la baisse de performance que peuvent causer les longs maintiens statiques\u00a0; leur effet préventif sur les crampes n’a pas été testé.',
    },
    'walking-lunges': {
      name: 'Fentes marchées',
      target: 'Cuisses, fessiers et hanches (en mouvement)',
      illustrationAlt: 'Une personne qui fait un grand pas en avant en fente, le genou arrière descendu vers le sol.',
      steps: [
        'Faites un grand pas en avant.',
        'Pliez les deux genoux et descendez le genou arrière vers le sol.',
        'Gardez le genou avant au-dessus de la cheville et le buste droit.',
        'Poussez pour remonter et enchaînez avec la fente suivante.',
      ],
      cautions: [
        'Descendez seulement tant que vous restez stable.',
        'Passez cet exercice ou faites des pas plus courts si vos genoux font mal.',
      ],
      evidenceNote:
        'Les grands mouvements dynamiques sont la partie recommandée d’un échauffement\u00a0; on n’a pas testé s’ils préviennent les crampes.',
    },
    'easy-walk': {
      name: 'Marche tranquille',
      target: 'Tout le corps (en mouvement)',
      illustrationAlt: 'Une personne qui marche d’un pas détendu en balançant les bras.',
      steps: [
        'Marchez d’un pas détendu et facile.',
        'Laissez les bras se balancer librement.',
        'Respirez lentement et laissez votre rythme cardiaque redescendre.',
      ],
      cautions: ['Gardez une allure facile\u00a0; c’est pour s’échauffer ou revenir au calme.'],
      evidenceNote:
        'Une activité légère avant de s’étirer réchauffe les muscles, et après une course elle ramène le corps au repos en douceur\u00a0; c’est un conseil courant.',
    },
  },

  routines: {
    'desk-move': {
      name: 'Pause active au bureau',
      purpose: 'Une courte pause dans la position assise\u00a0: relancez la circulation dans les jambes et détendez les épaules.',
      evidenceNote:
        'Dans un petit essai en laboratoire, deux minutes de marche légère toutes les 20 minutes ont abaissé la glycémie après un repas\u00a0; les effets sur les crampes et la raideur n’ont pas été testés.',
    },
    'desk-stretch': {
      name: 'Pause étirements de cinq minutes',
      purpose: 'Étirez les muscles qui se raidissent au bureau\u00a0: mollets, cuisses, épaules, cou et avant-bras.',
      evidenceNote:
        'Des maintiens doux d’environ 30 secondes, sans à-coups, sont le conseil de souplesse habituel\u00a0; peu de preuves montrent que s’étirer prévient les crampes.',
    },
    'pre-run-warmup': {
      name: 'Échauffement avant la course',
      purpose: 'Échauffez-vous avant de courir avec des étirements en mouvement plutôt que de longs maintiens.',
      evidenceNote:
        'Un footing léger ou de la marche, suivis de mouvements dynamiques\u00a0: c’est l’échauffement que les revues privilégient pour la performance\u00a0; on n’a pas testé directement si s’échauffer prévient les crampes.',
    },
    'post-run-cooldown': {
      name: 'Retour au calme après la course',
      purpose: 'Marchez pour laisser votre respiration se calmer, puis étirez les jambes tant qu’elles sont chaudes.',
      evidenceNote:
        'Étirer des muscles chauds après l’effort est le conseil habituel pour la souplesse\u00a0; son effet sur les crampes plus tard dans la journée n’est pas connu.',
    },
    'bedtime-calves': {
      name: 'Étirements du coucher',
      purpose:
        'Quelques minutes d’étirements des mollets et des ischio-jambiers juste avant de dormir, contre les crampes nocturnes dans les jambes.',
      evidenceNote:
        'Dans un essai auprès de 80 adultes âgés, des étirements des mollets et des ischio-jambiers chaque soir ont rendu les crampes nocturnes moins fréquentes et moins fortes au bout de six semaines\u00a0; d’autres études ont trouvé peu de bénéfice.',
    },
    'relief-calf': {
      name: 'Soulager une crampe du mollet',
      purpose: 'Allongez lentement le mollet et tenez jusqu’à ce que la crampe lâche.',
      evidenceNote:
        'Étirer et frotter le muscle est ce que conseillent les services de santé pendant une crampe\u00a0; cela repose sur l’expérience clinique et quelques études en laboratoire.',
    },
    'relief-foot': {
      name: 'Soulager une crampe du pied',
      purpose: 'Ramenez les orteils vers l’arrière pour ouvrir la plante du pied, puis déliez la cheville.',
      evidenceNote:
        'Étirer le muscle en crampe est le premier geste habituel\u00a0; aucun essai n’a porté sur des étirements précis du pied contre les crampes.',
    },
    'relief-hamstring': {
      name: 'Soulager une crampe à l’arrière de la cuisse',
      purpose:
        'Tendez lentement le genou et penchez-vous en avant depuis les hanches pour allonger l’arrière de la cuisse.',
      evidenceNote: exerciseCrampNote,
    },
    'relief-quadriceps': {
      name: 'Soulager une crampe à l’avant de la cuisse',
      purpose: 'Pliez lentement le genou pour allonger l’avant de la cuisse, puis ouvrez doucement la hanche.',
      evidenceNote: exerciseCrampNote,
    },
    'relief-hand': {
      name: 'Soulager une crampe de la main',
      purpose: 'Ouvrez doucement les doigts et le poignet pour défaire une crampe de la main ou de l’avant-bras.',
      evidenceNote: handNote,
    },
  },

  relief: {
    calf: {
      name: 'Crampe du mollet',
      immediate: [
        stop,
        'Tendez la jambe et tirez les orteils vers le tibia, ou levez-vous et appuyez le talon au sol.',
        holdGently,
        'Quand elle commence à céder, frottez fermement le mollet.',
      ],
      afterwards: [warmthOrCold, 'Marchez doucement une fois qu’elle est passée.', tender, legRedFlags],
      evidenceNote:
        'Étirements et massage sont ce que conseillent les services de santé pendant une crampe de la jambe\u00a0; ils sont peu testés dans des essais.',
    },
    foot: {
      name: 'Crampe du pied',
      immediate: [
        stop,
        'Tirez les orteils vers le tibia avec la main ou une serviette. Ou levez-vous et mettez du poids sur le pied.',
        holdGently,
        'Frottez la plante du pied avec les pouces à mesure qu’elle cède.',
      ],
      afterwards: [warmthOrCold, 'Faites lentement des cercles avec la cheville pour la délier.', tender, legRedFlags],
      evidenceNote:
        'Étirer et frotter le muscle est le premier geste habituel face à une crampe\u00a0; cela repose sur l’expérience clinique.',
    },
    hamstring: {
      name: 'Crampe à l’arrière de la cuisse',
      immediate: [
        stop,
        'Asseyez-vous, tendez la jambe devant vous et penchez-vous en avant depuis les hanches.',
        holdGently,
        'Frottez l’arrière de la cuisse dès qu’elle commence à lâcher.',
      ],
      afterwards: [warmthOrCold, afterExercise, sipWater, legRedFlags],
      evidenceNote:
        'Un étirement statique doux est le traitement habituel des crampes à l’effort\u00a0; ce conseil repose sur un consensus d’experts.',
    },
    quadriceps: {
      name: 'Crampe à l’avant de la cuisse',
      immediate: [
        stop,
        'Tenez-vous à quelque chose de stable, pliez le genou et ramenez le talon vers la fesse.',
        holdGently,
        'Frottez l’avant de la cuisse à mesure qu’elle cède.',
      ],
      afterwards: [warmthOrCold, afterExercise, sipWater, legRedFlags],
      evidenceNote:
        'Un étirement statique doux est le traitement habituel des crampes à l’effort\u00a0; ce conseil repose sur un consensus d’experts.',
    },
    hand: {
      name: 'Crampe de la main et de l’avant-bras',
      immediate: [
        'Arrêtez d’écrire, de taper ou de serrer, et lâchez ce que vous tenez.',
        'Ouvrez les doigts et poussez-les doucement vers l’arrière, contre une table ou avec l’autre main.',
        holdGently,
        'Frottez la paume et l’intérieur de l’avant-bras à mesure qu’elle cède.',
      ],
      afterwards: [
        warmthOrCold,
        'Faites une pause dans la tâche qui l’a déclenchée, et desserrez votre prise quand vous la reprenez.',
        'Consultez un médecin si les crampes de la main reviennent souvent, ou s’accompagnent d’engourdissement, de fourmillements ou de faiblesse.',
      ],
      evidenceNote: handNote,
    },
  },

  adviceGroups: {
    why: 'Pourquoi les crampes surviennent',
    now: 'Tout de suite',
    prevent: 'Prévenir',
    doctor: 'Quand consulter un médecin',
  },

  advice: {
    'why-dehydration': {
      title: 'Manque de liquide',
      summary: 'La déshydratation pourrait rendre les crampes plus probables, surtout par forte chaleur.',
      text: 'On accuse souvent le manque d’eau de provoquer des crampes. La déshydratation pourrait rendre les muscles plus sujets aux crampes, surtout par forte chaleur.',
      evidenceNote:
        'Les services de santé citent la déshydratation comme cause, mais dans des études de cohorte chez des sportifs d’endurance, ceux qui ont eu des crampes n’étaient pas plus déshydratés que les autres.',
    },
    'why-sweat-salts': {
      title: 'Les sels perdus dans la sueur',
      summary: 'Certains chercheurs pensent qu’une transpiration abondante et salée pendant des heures déclenche des crampes.',
      text: 'La sueur emporte du sodium et, en plus petites quantités, du potassium et du magnésium. Certains chercheurs pensent qu’une transpiration abondante et salée pendant des heures déclenche des crampes étendues.',
      evidenceNote:
        'Cette explication par les électrolytes et celle par la fatigue musculaire restent débattues pour les crampes à l’effort\u00a0; chacune s’appuie sur des études différentes, et aucune n’est prouvée.',
    },
    'why-tired-muscles': {
      title: 'Des muscles fatigués et surmenés',
      summary: 'Un muscle qui travaille dur longtemps peut se contracter et ne plus se relâcher.',
      text: 'Quand un muscle travaille dur longtemps, les signaux nerveux qui lui disent de se contracter et de se relâcher peuvent se dérégler. Le muscle se contracte alors et ne se relâche plus.',
      evidenceNote:
        'Cette explication par la fatigue correspond mieux que la déshydratation aux études de cohorte chez des sportifs et aux études en laboratoire sur des crampes provoquées\u00a0; c’est l’hypothèse principale, mais la question n’est pas tranchée.',
    },
    'why-low-fuel': {
      title: 'Manque d’énergie',
      summary: 'Partir sans avoir assez mangé peut avancer la fatigue, et avec elle les crampes.',
      text: 'Pendant un effort long, les muscles brûlent les glucides stockés (glycogène). Partir sans avoir assez mangé peut faire venir la fatigue plus tôt, et avec elle les crampes.',
      evidenceNote:
        'Peu de preuves directes relient un glycogène bas aux crampes\u00a0; l’idée découle de l’explication par la fatigue et du bénéfice connu des glucides avant l’effort.',
    },
    'why-blood-flow': {
      title: 'Mauvaise circulation',
      summary: 'Des artères rétrécies peuvent causer, à l’effort, une douleur de jambe proche d’une crampe.',
      text: 'Des artères rétrécies peuvent priver de sang les muscles des jambes pendant l’effort et causer une douleur proche d’une crampe. Elle passe en général peu après l’arrêt.',
      evidenceNote:
        'Décrit comme cause possible par des sources cliniques\u00a0; une telle douleur à la marche mérite d’être vérifiée par un médecin.',
    },
    'why-one-position': {
      title: 'Rester dans la même position',
      summary: 'Rester des heures dans la même position, assis ou couché, pourrait déclencher des crampes.',
      text: 'Garder un muscle longtemps dans la même position, par exemple des heures sur une chaise, peut déclencher une crampe. Au lit, les muscles des jambes restent raccourcis pendant des heures, ce qui pourrait expliquer en partie les crampes nocturnes.',
      evidenceNote:
        'On ne sait pas pourquoi surviennent les crampes nocturnes\u00a0; la fatigue musculaire et des changements nerveux sont les hypothèses principales, et le lien avec la posture vient de l’observation clinique.',
    },
    'why-hard-sweaty-exercise': {
      title: 'Effort intense et forte transpiration',
      summary: 'En faire plus que d’habitude, surtout par la chaleur, pourrait rendre les crampes plus probables.',
      text: 'Les crampes sont fréquentes à la fin des séances longues ou rapides, et par temps chaud. Aller plus fort ou plus longtemps que d’habitude peut augmenter le risque.',
      evidenceNote:
        'Les revues relient les crampes à l’effort à la surcharge et à la fatigue musculaires\u00a0; on pense qu’une forte transpiration par la chaleur ajoute au risque, mais ce point est moins clair.',
    },
    'now-stop': {
      title: 'Arrêtez-vous',
      summary: 'Arrêtez ce que vous faites\u00a0: continuer aggrave généralement la crampe.',
      text: 'Arrêtez ce que vous faites. Continuer aggrave généralement la crampe.',
      evidenceNote:
        'Le premier geste habituel face à une crampe, sur lequel s’accordent les services de santé et les revues de médecine du sport.',
    },
    'now-stretch': {
      title: 'Étirez doucement et tenez',
      summary: 'Allongez lentement le muscle et gardez-le ainsi jusqu’à ce que la crampe lâche.',
      text: 'Allongez lentement le muscle en crampe et gardez-le ainsi jusqu’à ce que la crampe lâche. Pour le mollet, tirez les orteils vers le tibia.',
      evidenceNote:
        'Toutes les sources que nous avons consultées le conseillent, et des études en laboratoire sur des crampes provoquées vont dans ce sens, mais il y a peu d’essais sur de vraies crampes.',
    },
    'now-breathe': {
      title: 'Respirez lentement et profondément',
      summary: 'Respirez lentement pendant l’étirement\u00a0; ne bloquez pas votre respiration.',
      text: 'Respirez lentement pendant que vous tenez l’étirement. Ne bloquez pas votre respiration. Cela aide le muscle à se détendre, et vous aussi.',
      evidenceNote:
        'Respirer librement fait partie des conseils habituels d’étirement\u00a0; la respiration seule n’a pas été testée comme traitement des crampes.',
    },
    'now-massage': {
      title: 'Frottez le muscle',
      summary: 'Quand la crampe cède, frotter fermement le muscle peut l’aider à se détendre.',
      text: 'Dès que la crampe commence à céder, frottez fermement le muscle. Cela peut l’aider à se détendre et le rendre moins douloureux.',
      evidenceNote:
        'Conseillé par les services de santé et les revues de médecine du sport, sur la base de l’expérience clinique.',
    },
    'now-ice-heat': {
      title: 'Ensuite\u00a0: chaud ou froid',
      summary: 'La chaleur peut détendre un muscle contracté\u00a0; le froid peut soulager la douleur.',
      text: 'La chaleur peut détendre un muscle qui reste contracté. Une poche de froid enveloppée peut soulager la douleur. Les antidouleurs agissent trop lentement pour la crampe elle-même, mais peuvent aider plus tard contre la sensibilité.',
      evidenceNote:
        'Le chaud et le froid sont des conseils d’auto-soin courants\u00a0; aucun des deux n’a été bien testé contre les crampes.',
    },
    'now-pickle-juice': {
      title: 'Une gorgée de jus de cornichons\u00a0?',
      summary: 'Une seule petite étude en laboratoire, sur des crampes provoquées, suggère que cela aide.',
      text: 'Dans une étude en laboratoire, une petite gorgée de jus de cornichons a fait cesser plus vite des crampes provoquées. L’effet semblait trop rapide pour venir du sel\u00a0; il passerait donc peut-être par un réflexe parti de la bouche.',
      evidenceNote:
        'Une seule petite étude sur des crampes déclenchées par stimulation électrique chez dix hommes\u00a0; rien ne montre que cela aide pour les crampes de tous les jours.',
    },
    'prevent-drink-before': {
      title: 'Buvez avant l’effort',
      summary: 'Commencez avec une bonne hydratation, buvez par petites gorgées pendant les longues séances, sans excès.',
      text: 'Commencez l’effort avec une bonne hydratation\u00a0: buvez quelques heures avant, et par petites gorgées pendant les longues séances. Ne buvez pas plus que ce que vous perdez en sueur.',
      evidenceNote:
        'Boire pour éviter de grosses pertes de liquide est une recommandation ferme de la médecine du sport pour la performance\u00a0; son effet préventif sur les crampes est discuté.',
    },
    'prevent-daily-water': {
      title: 'Buvez assez tout au long de la journée',
      summary: 'Buvez régulièrement dans la journée, et davantage par forte chaleur ou si vous transpirez.',
      text: 'Les repères européens proposent environ 2 litres d’eau par jour pour les femmes et 2,5 litres pour les hommes, en comptant l’eau des aliments. Il en faut davantage par forte chaleur ou quand vous transpirez.',
      evidenceNote:
        'Ce sont des valeurs de référence fixées par un groupe d’experts à partir des apports habituels, pour un temps doux et une activité modérée\u00a0; ce n’est pas un moyen prouvé de prévenir les crampes.',
    },
    'prevent-electrolytes': {
      title: 'Remplacez les sels lors des longues journées de transpiration',
      summary: 'Pour les séances longues ou par forte chaleur, une boisson pour sportifs salée peut aider.',
      text: 'Pour les séances de plus d’une heure, ou par forte chaleur, une boisson pour sportifs contenant du sel et du sucre peut aider. L’eau de coco est une autre option, même si certaines personnes la trouvent ballonnante.',
      evidenceNote:
        'Les boissons pour sportifs peuvent aider lors d’efforts longs ou par la chaleur, et un petit essai a montré que l’eau de coco réhydratait à peu près aussi bien\u00a0; aucune des deux n’a montré qu’elle prévenait les crampes.',
    },
    'prevent-wait-after-eating': {
      title: 'Laissez d’abord la digestion se faire',
      summary: 'Attendez au moins une heure après un en-cas, plus longtemps après un gros repas.',
      text: 'Après un en-cas ou un repas léger, attendez au moins une heure avant l’effort. Après un gros repas, attendez plus longtemps, environ trois à quatre heures.',
      evidenceNote:
        'Un conseil général pour éviter la sensation de lourdeur ou les maux d’estomac\u00a0; ce n’est pas une donnée sur les crampes musculaires.',
    },
    'prevent-warm-up': {
      title: 'Échauffez-vous d’abord',
      summary: 'Commencez par du mouvement facile et des étirements en mouvement\u00a0; gardez les longs maintiens pour après.',
      text: 'Commencez par quelques minutes de mouvement facile, puis des étirements en mouvement comme les balancements de jambe et les fentes. Gardez les longs maintiens pour après.',
      evidenceNote:
        'Les revues soutiennent un échauffement léger avec des étirements dynamiques pour la performance\u00a0; aucun essai n’a testé l’échauffement contre les crampes.',
    },
    'prevent-stretch': {
      title: 'Étirez-vous avant, pendant et après',
      summary: 'Étirez tout muscle qui se crispe, et avant le coucher en cas de crampes nocturnes.',
      text: 'Enchaînez vos étirements avant de commencer. Si un muscle se crispe en pleine séance, ralentissez et étirez-le. Étirez-vous de nouveau à la fin. Si vous avez des crampes la nuit, étirez-vous avant de vous coucher.',
      evidenceNote:
        'Un essai a montré que s’étirer au coucher réduisait les crampes nocturnes chez des adultes âgés, mais dans l’ensemble les preuves que les étirements préviennent les crampes sont limitées et partagées.',
    },
    'prevent-break-sitting': {
      title: 'Coupez les longues périodes en position assise',
      summary: 'Bougez une minute ou deux toutes les 20 à 30 minutes.',
      text: 'Levez-vous et bougez une minute ou deux toutes les 20 à 30 minutes. Tout mouvement compte\u00a0: marcher, marcher sur place, monter sur la pointe des pieds.',
      evidenceNote:
        'L’OMS recommande fortement de réduire le temps passé assis, et de courtes pauses actives ont amélioré la glycémie dans un essai\u00a0; leur effet sur les crampes n’a pas été étudié.',
    },
    'prevent-recover': {
      title: 'Récupérez bien',
      summary: 'Massage, rouleau de massage, bain d’eau fraîche et repos peuvent atténuer les courbatures.',
      text: 'Après des séances difficiles, un massage, le rouleau de massage ou un bain d’eau fraîche peuvent atténuer les courbatures et la fatigue. Les jours de repos permettent aux muscles fatigués de récupérer.',
      evidenceNote:
        'Les revues trouvent de petits bénéfices contre les courbatures, à partir d’études de qualité inégale\u00a0; aucune de ces méthodes n’a montré qu’elle prévenait les crampes.',
    },
    'prevent-magnesium': {
      title: 'Magnésium et autres compléments',
      summary: 'Le magnésium aide rarement\u00a0; demandez à un médecin ou à un pharmacien avant tout complément.',
      text: 'Le magnésium est très vendu contre les crampes, mais les essais montrent peu ou pas de bénéfice pour la plupart des gens. Demandez conseil à un médecin ou à un pharmacien avant de prendre un complément contre les crampes.',
      evidenceNote:
        'Une revue Cochrane de 2020 a conclu qu’il est peu probable que le magnésium aide les adultes âgés ayant des crampes ordinaires (niveau de preuve modéré)\u00a0; pour les crampes pendant la grossesse, les résultats se contredisent.',
    },
    'doctor-frequent-severe': {
      title: 'Des crampes fréquentes ou intenses',
      summary: 'Consultez un médecin si les crampes sont fréquentes, très douloureuses ou sans cause évidente.',
      text: 'Consultez un médecin si les crampes reviennent souvent, sont très douloureuses, perturbent votre sommeil ou n’ont pas de cause évidente comme un effort intense.',
      evidenceNote:
        'Conseil des services de santé\u00a0; des crampes fréquentes peuvent avoir une cause qui mérite d’être traitée.',
    },
    'doctor-other-signs': {
      title: 'Des crampes avec gonflement, rougeur, faiblesse ou engourdissement',
      summary: 'Demandez rapidement un avis médical si une crampe s’accompagne de ces signes.',
      text: 'Demandez rapidement un avis médical si une crampe s’accompagne d’un gonflement, d’une rougeur ou de changements de la peau de la jambe, ou d’une faiblesse ou d’un engourdissement.',
      evidenceNote:
        'Ces signes peuvent indiquer un problème de vaisseaux sanguins ou de nerfs\u00a0; conseil des services de santé.',
    },
    'doctor-not-easing': {
      title: 'Une crampe qui ne passe pas',
      summary: 'Demandez un rendez-vous en urgence si une crampe dure plus de 10 minutes.',
      text: 'Demandez un rendez-vous en urgence si une crampe dure plus de 10 minutes, ou ne s’améliore pas quand vous bougez et vous étirez.',
      evidenceNote: 'Conseil des services de santé\u00a0; les crampes ordinaires passent en quelques minutes.',
    },
    'doctor-medicines': {
      title: 'Après le début d’un nouveau médicament',
      summary: 'Certains médicaments peuvent provoquer des crampes\u00a0; parlez-en à votre médecin avant d’en arrêter un.',
      text: 'Certains médicaments, comme les statines contre le cholestérol et les diurétiques (qui font uriner davantage), peuvent provoquer des crampes. Si des crampes apparaissent après un nouveau médicament, parlez-en à votre médecin ou à votre pharmacien. Ne l’arrêtez pas de vous-même.',
      evidenceNote:
        'Les services de santé citent ces médicaments parmi les causes de crampes\u00a0; un médecin peut peser les options.',
    },
    'doctor-pregnancy': {
      title: 'Crampes pendant la grossesse',
      summary: 'Elles sont fréquentes\u00a0; parlez-en à votre sage-femme ou à votre médecin avant tout complément.',
      text: 'Les crampes dans les jambes sont fréquentes en fin de grossesse. Parlez-en à votre sage-femme ou à votre médecin avant d’essayer un complément.',
      evidenceNote:
        'Les services de santé notent que les crampes sont fréquentes pendant la grossesse\u00a0; les essais sur le magnésium pendant la grossesse donnent des résultats contradictoires.',
    },
    'doctor-quinine': {
      title: 'Ne prenez pas de quinine contre les crampes',
      summary: 'La quinine peut causer des problèmes rares mais graves\u00a0; les autorités de santé la déconseillent.',
      text: 'La quinine était autrefois prescrite contre les crampes nocturnes. Les autorités de santé la déconseillent désormais, car elle peut causer des problèmes sanguins et rénaux rares mais graves.',
      evidenceNote:
        'La FDA américaine avertit que les risques de la quinine contre les crampes des jambes l’emportent sur tout bénéfice, et les revues ne la recommandent plus.',
    },
    'not-medical-advice': {
      title: 'Limber ne remplace pas un avis médical',
      summary: 'Limber ne peut ni poser de diagnostic ni vous soigner\u00a0; en cas d’inquiétude, consultez un professionnel de santé.',
      text: 'Limber propose des informations générales et des routines douces. L’application ne peut ni poser de diagnostic ni vous soigner. Si votre santé vous inquiète, parlez-en à un médecin, à un pharmacien ou à un infirmier.',
      evidenceNote:
        'Un rappel de ce qu’une application peut faire ou non\u00a0; les services de santé que nous citons donnent le même conseil.',
    },
  },

  breakSteps: {
    line: '{name}\u00a0: {time}.',
    seconds: '{n} secondes',
    oneMinute: '1 minute',
    minutes: '{n} minutes',
    eachSide: '{time} de chaque côté',
  },
};
