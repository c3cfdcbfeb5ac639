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
const holdUntil = 'N’étirez que le côté en crampe, en douceur, et tenez jusqu’à ce que la crampe lâche. Respirez lentement ; ne bloquez pas votre respiration.';
const warmthOrCold =
  'Ensuite, la chaleur (une serviette chaude ou un bain) peut aider à détendre un muscle qui reste contracté, et une poche de froid enveloppée dans un linge peut soulager la douleur. N’appliquez pas de chaleur là où votre peau est moins sensible, par exemple en cas de diabète ou d’atteinte des nerfs.';
const tender = 'Le muscle peut rester sensible pendant une journée. C’est fréquent.';
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
      purpose: 'Entraînez-vous aux étirements du mollet entre les crampes. Pendant une crampe, utilisez plutôt Soulager : on tient jusqu’à ce que la crampe lâche.',
      evidenceNote:
        'Étirer et frotter le muscle est ce que conseillent les services de santé pendant une crampe\u00a0; cela repose sur l’expérience clinique et quelques études en laboratoire.',
    },
    'relief-foot': {
      name: 'Soulager une crampe du pied',
      purpose: 'Entraînez-vous aux étirements du pied entre les crampes. Pendant une crampe, utilisez plutôt Soulager : on tient jusqu’à ce que la crampe lâche.',
      evidenceNote:
        'Étirer le muscle en crampe est le premier geste habituel\u00a0; aucun essai n’a porté sur des étirements précis du pied contre les crampes.',
    },
    'relief-hamstring': {
      name: 'Soulager une crampe à l’arrière de la cuisse',
      purpose:
        'Entraînez-vous aux étirements de l’arrière de la cuisse entre les crampes. Pendant une crampe, utilisez plutôt Soulager : on tient jusqu’à ce que la crampe lâche.',
      evidenceNote: exerciseCrampNote,
    },
    'relief-quadriceps': {
      name: 'Soulager une crampe à l’avant de la cuisse',
      purpose: 'Entraînez-vous aux étirements de l’avant de la cuisse entre les crampes. Pendant une crampe, utilisez plutôt Soulager : on commence allongé ou assis et on tient jusqu’à ce que la crampe lâche.',
      evidenceNote: exerciseCrampNote,
    },
    'relief-hand': {
      name: 'Soulager une crampe de la main',
      purpose: 'Entraînez-vous aux étirements du poignet entre les crampes. Pendant une crampe, utilisez plutôt Soulager : on tient jusqu’à ce que la crampe lâche.',
      evidenceNote: handNote,
    },
  },

  relief: {
    calf: {
      name: 'Crampe au mollet',
      immediate: [stop, 'Asseyez-vous ou allongez-vous, la jambe en crampe tendue.', holdUntil],
      holds: [
        'Gardez la jambe en crampe tendue et tirez les orteils de ce pied vers le tibia, avec la main ou une serviette passée sous l’avant du pied.',
        'Si vous tenez debout sans risque : face à un mur, placez la jambe en crampe en arrière, talon au sol et genou tendu, et penchez-vous doucement en avant.',
      ],
      easing: ['Quand elle commence à céder, frottez fermement le mollet.', 'Puis marchez un peu, tranquillement.'],
      afterwards: [warmthOrCold, tender],
      evidenceNote:
        'Étirer et masser, c’est ce que conseillent les services de santé pendant une crampe à la jambe ; c’est peu évalué dans des essais.',
    },
    foot: {
      name: 'Crampe au pied',
      immediate: [stop, 'Asseyez-vous là où vous pouvez atteindre le pied en crampe.', holdUntil],
      holds: [
        'Tirez les orteils du pied en crampe vers le tibia, avec la main ou une serviette.',
        'Si elle revient : posez les orteils du pied en crampe contre un mur, talon au sol, et penchez-vous doucement en avant.',
      ],
      easing: ['Frottez la plante du pied avec les pouces pendant qu’elle cède.', 'Faites tourner lentement la cheville pour la délier.'],
      afterwards: [warmthOrCold, tender],
      evidenceNote:
        'Étirer et frotter le muscle sont les premiers secours habituels d’une crampe ; ils reposent sur l’expérience clinique.',
    },
    hamstring: {
      name: 'Crampe à l’arrière de la cuisse',
      immediate: [stop, 'Asseyez-vous par terre ou sur un lit.', holdUntil],
      holds: [
        'Tendez la jambe en crampe devant vous, pliez l’autre genou et penchez-vous doucement en avant depuis les hanches, le dos droit.',
        'Si elle revient et que vous tenez debout sans risque : posez le talon de la jambe en crampe sur une marche basse, genou tendu, et penchez-vous depuis les hanches.',
      ],
      easing: ['Frottez l’arrière de la cuisse dès qu’elle commence à lâcher.'],
      afterwards: [warmthOrCold, afterExercise, sipWater],
      evidenceNote: exerciseCrampNote,
    },
    quadriceps: {
      name: 'Crampe à l’avant de la cuisse',
      immediate: [stop, 'Allongez-vous sur le côté, la jambe en crampe au-dessus, ou asseyez-vous de côté sur une chaise.', holdUntil],
      holds: [
        'Sur le côté (ou assis de côté sur la chaise), pliez le genou de la jambe en crampe et amenez le talon vers la fesse. Tenez la cheville, ou passez une serviette autour si vous ne l’atteignez pas.',
        'Si elle revient et que vous tenez debout sans risque : tenez-vous à une chaise ou à un mur, pliez le genou en crampe et amenez le talon vers la fesse, genoux côte à côte.',
      ],
      easing: ['Frottez l’avant de la cuisse pendant qu’elle cède.'],
      afterwards: [warmthOrCold, afterExercise, sipWater],
      evidenceNote: exerciseCrampNote,
    },
    hand: {
      name: 'Crampe à la main et à l’avant-bras',
      immediate: ['Arrêtez d’écrire, de taper ou de serrer et lâchez ce que vous tenez.', holdUntil],
      holds: ['Ouvrez les doigts de la main en crampe et poussez-les doucement vers l’arrière, à plat sur une table ou avec l’autre main.'],
      easing: ['Frottez la paume et l’intérieur de l’avant-bras pendant qu’elle cède.'],
      afterwards: [
        warmthOrCold,
        'Faites une pause dans la tâche qui l’a déclenchée, et serrez moins fort en reprenant.',
        'Consultez un médecin si les crampes de la main reviennent souvent, ou s’accompagnent d’un engourdissement, de fourmillements ou d’une faiblesse.',
      ],
      evidenceNote: handNote,
    },
  },
  adviceGroups: {
    why: 'Pourquoi les crampes surviennent',
    now: 'Tout de suite',
    prevent: 'Prévenir',
    doctor: 'Quand demander de l’aide',
  },

  advice: {
    'why-what-is-cramp': {
      title: 'Ce qu’est une crampe',
      summary: 'Un muscle qui se contracte fort tout seul et fait mal.',
      text: 'Une crampe est une contraction soudaine, involontaire et douloureuse d’un muscle, le plus souvent au mollet, au pied ou à la cuisse. Elle passe en général en quelques secondes à quelques minutes, et le muscle peut rester sensible ensuite. Les crampes à l’effort sont fréquentes, mais pour la plupart des gens les bienfaits d’une activité physique régulière l’emportent largement.',
      evidenceNote:
        'La définition est celle des services de santé ; que l’exercice vaille une crampe de temps en temps est notre lecture des bienfaits importants et bien établis de l’activité physique, pas une étude sur les crampes.',
    },
    'why-dehydration': {
      title: 'Manque de liquide',
      summary: 'La déshydratation pourrait rendre les crampes plus probables, surtout par forte chaleur.',
      text: 'On accuse souvent le manque d’eau de provoquer des crampes. La déshydratation pourrait rendre les muscles plus sujets aux crampes, surtout par forte chaleur.',
      evidenceNote:
        'Les services de santé citent la déshydratation comme cause, mais dans des études de cohorte chez des sportifs d’endurance, ceux qui ont eu des crampes n’étaient pas plus déshydratés que les autres.',
    },
    'why-sweat-salts': {
      title: 'Les sels perdus dans la sueur',
      summary: 'Certains pensent qu’une sueur abondante et salée déclenche des crampes.',
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
      summary: 'Faire de l’exercice le ventre vide peut vous fatiguer plus tôt.',
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
      summary: 'Certains ont des crampes après une longue immobilité ; rien n’est prouvé.',
      text: 'Certaines personnes remarquent des crampes après être restées assises des heures, et les crampes nocturnes surviennent pendant que les muscles des jambes reposent raccourcis au lit. Il n’est pas établi que rester dans la même position cause des crampes.',
      evidenceNote:
        'On ne sait pas pourquoi surviennent les crampes nocturnes ; la fatigue musculaire et des modifications nerveuses sont les pistes principales, et le lien avec la posture ne repose que sur l’observation clinique.',
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
      summary: 'Continuer l’aggrave généralement.',
      text: 'Arrêtez ce que vous faites. Continuer aggrave généralement la crampe.',
      evidenceNote:
        'Le premier geste habituel face à une crampe, sur lequel s’accordent les services de santé et les revues de médecine du sport.',
    },
    'now-stretch': {
      title: 'Étirer et tenir',
      summary: 'Allongez lentement le muscle jusqu’à ce que la crampe lâche.',
      text: 'Allongez lentement le muscle en crampe et gardez-le ainsi jusqu’à ce que la crampe lâche. Pour le mollet, tirez les orteils vers le tibia.',
      evidenceNote:
        'Toutes les sources que nous avons consultées le conseillent, et des études en laboratoire sur des crampes provoquées vont dans ce sens, mais il y a peu d’essais sur de vraies crampes.',
    },
    'now-breathe': {
      title: 'Respirer lentement',
      summary: 'Respirez lentement pendant l’étirement ; ne bloquez pas votre souffle.',
      text: 'Respirez lentement pendant que vous tenez l’étirement, sans bloquer votre souffle. Cela peut vous aider à vous détendre dans l’étirement ; cela n’a pas été testé comme traitement des crampes.',
      evidenceNote:
        'Respirer librement fait partie des conseils habituels d’étirement ; aucune étude n’a testé la respiration seule contre les crampes.',
    },
    'now-massage': {
      title: 'Frotter le muscle',
      summary: 'Quand la crampe cède, frotter peut aider le muscle à se relâcher.',
      text: 'Quand la crampe commence à céder, frottez fermement le muscle. Cela peut l’aider à se relâcher et à être moins douloureux. Vérifiez d’abord les signes d’alerte : ne frottez pas un mollet gonflé, rouge ou chaud d’un seul côté.',
      evidenceNote:
        'Conseillé par les services de santé et les revues de médecine du sport, sur la base de l’expérience clinique plutôt que d’essais.',
    },
    'now-ice-heat': {
      title: 'Ensuite : chaleur ou froid',
      summary: 'La chaleur peut aider un muscle contracté ; le froid, soulager la douleur.',
      text: 'La chaleur peut aider un muscle qui reste contracté, et une poche de froid enveloppée peut soulager la douleur. N’appliquez pas de chaleur là où votre peau est moins sensible, par exemple en cas de diabète ou d’atteinte des nerfs (neuropathie) : vous pourriez ne pas sentir une brûlure. Les antidouleurs agissent trop lentement pour la crampe elle-même, mais peuvent soulager la sensibilité plus tard.',
      evidenceNote:
        'La chaleur et le froid sont des conseils d’auto-soin courants ; aucun n’a été testé pour les crampes. La prudence en cas de sensibilité réduite est le conseil habituel contre les brûlures.',
    },
    'now-pickle-juice': {
      title: 'Une gorgée de jus de cornichons\u00a0?',
      summary: 'Une seule petite étude en laboratoire suggère qu’il aide pour des crampes provoquées.',
      text: 'Dans une étude en laboratoire, une petite gorgée de jus de cornichons a fait cesser plus vite des crampes provoquées. L’effet semblait trop rapide pour venir du sel\u00a0; il passerait donc peut-être par un réflexe parti de la bouche.',
      evidenceNote:
        'Une seule petite étude sur des crampes déclenchées par stimulation électrique chez dix hommes\u00a0; rien ne montre que cela aide pour les crampes de tous les jours.',
    },
    'prevent-drink-before': {
      title: 'Boire avant l’effort',
      summary: 'Buvez lentement quelques heures avant, puis selon votre soif.',
      text: 'L’ACSM conseille de boire lentement au moins quatre heures avant l’effort, environ 5–7 ml par kg de poids corporel, et un peu plus deux heures avant seulement si vos urines sont encore foncées. Pendant les longues séances, buvez selon votre soif et pas plus que ce que vous transpirez.',
      evidenceNote:
        'Une prise de position de médecine du sport le recommande pour commencer l’effort bien hydraté ; son effet sur les crampes est discuté.',
    },
    'prevent-not-too-much': {
      title: 'Ne pas trop boire',
      summary: 'Boire bien plus que ce que vous transpirez peut être dangereux.',
      text: 'Boire beaucoup plus que ce que vous perdez peut diluer le sel du sang : c’est l’hyponatrémie. Elle survient surtout lors d’efforts longs et lents, comme les marathons, les longues randonnées et sorties à vélo. Les signes d’alerte sont des maux de tête, des nausées ou vomissements, une confusion, et un gonflement des mains et des pieds, souvent avec une prise de poids pendant l’épreuve. Buvez selon votre soif, jamais selon un horaire fixe qui vous fait peser plus à l’arrivée.',
      evidenceNote:
        'Une déclaration de consensus internationale, fondée sur de nombreuses séries de cas, désigne le fait de boire au-delà des pertes par la sueur comme la cause principale de l’hyponatrémie liée à l’effort, et conseille de boire selon la soif.',
    },
    'prevent-daily-water': {
      title: 'Buvez assez tout au long de la journée',
      summary: 'Buvez régulièrement, et davantage s’il fait chaud ou si vous transpirez.',
      text: 'Les repères européens proposent environ 2 litres d’eau par jour pour les femmes et 2,5 litres pour les hommes, en comptant l’eau des aliments. Il en faut davantage par forte chaleur ou quand vous transpirez.',
      evidenceNote:
        'Ce sont des valeurs de référence fixées par un groupe d’experts à partir des apports habituels, pour un temps doux et une activité modérée\u00a0; ce n’est pas un moyen prouvé de prévenir les crampes.',
    },
    'prevent-electrolytes': {
      title: 'Remplacer les sels lors des longues journées de sueur',
      summary: 'Pour les séances longues ou chaudes, une boisson ou un aliment salé.',
      text: 'Pour les séances de plus d’une heure, ou par forte chaleur, une boisson pour sportifs avec du sel et du sucre, ou de l’eau avec un aliment salé, remplace une partie du sel perdu dans la sueur. L’eau de coco contient peu de sodium : elle ne permet pas de remplacer le sel.',
      evidenceNote:
        'Le sel des boissons et des aliments aide le corps à retenir l’eau après un effort long ou chaud ; un petit essai a trouvé que l’eau de coco réhydratait à peu près comme une boisson pour sportifs, mais elle apporte peu de sodium, et aucune des deux n’a montré qu’elle prévient les crampes.',
    },
    'prevent-wait-after-eating': {
      title: 'Laissez d’abord la digestion se faire',
      summary: 'Une heure après un en-cas ; plus après un gros repas.',
      text: 'Après un en-cas ou un repas léger, attendez au moins une heure avant l’effort. Après un gros repas, attendez plus longtemps, environ trois à quatre heures.',
      evidenceNote:
        'Un conseil général pour éviter la sensation de lourdeur ou les maux d’estomac\u00a0; ce n’est pas une donnée sur les crampes musculaires.',
    },
    'prevent-warm-up': {
      title: 'Échauffez-vous d’abord',
      summary: 'Mouvements doux et étirements dynamiques ; les longs maintiens après.',
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
      title: 'Interrompre les longues périodes assises',
      summary: 'Bougez une à deux minutes toutes les 20 à 30 minutes.',
      text: 'Levez-vous et bougez une à deux minutes toutes les 20 à 30 minutes : marchez, marchez sur place, montez sur la pointe des pieds. Moins rester assis est bon pour la santé ; l’effet sur les crampes n’a pas été étudié.',
      evidenceNote:
        'L’OMS recommande fermement de rester moins assis, et de courtes pauses actives ont amélioré la glycémie dans un essai ; pour les crampes, c’est au mieux un avis d’experts, car aucune étude ne l’a testé.',
    },
    'prevent-recover': {
      title: 'Récupérez bien',
      summary: 'Massage, rouleau et repos peuvent soulager les courbatures.',
      text: 'Après des séances difficiles, un massage, le rouleau de massage ou un bain d’eau fraîche peuvent atténuer les courbatures et la fatigue. Les jours de repos permettent aux muscles fatigués de récupérer.',
      evidenceNote:
        'Les revues trouvent de petits bénéfices contre les courbatures, à partir d’études de qualité inégale\u00a0; aucune de ces méthodes n’a montré qu’elle prévenait les crampes.',
    },
    'prevent-magnesium': {
      title: 'Magnésium et autres compléments',
      summary: 'Chez les personnes âgées aux crampes nocturnes, le magnésium aide peu probablement.',
      text: 'Une revue Cochrane a jugé peu probable que le magnésium aide les personnes âgées ayant des crampes ordinaires, surtout des crampes nocturnes des jambes. Pendant la grossesse, les essais se contredisent, et aucun essai ne l’a testé contre les crampes à l’effort. Demandez l’avis d’un médecin ou d’un pharmacien avant de prendre un complément contre les crampes.',
      evidenceNote:
        'Une revue Cochrane de 2020 n’a trouvé aucun bénéfice notable chez les personnes âgées ayant des crampes ordinaires (preuves de certitude modérée) ; pour les crampes de la grossesse, les résultats se contredisent, et les crampes à l’effort n’ont pas été étudiées.',
    },
    'urgent-clot': {
      title: 'Un mollet gonflé, rouge, chaud ou douloureux',
      summary: 'En urgence : ce peut être un caillot ; avec un essoufflement, une urgence vitale.',
      text: 'Un mollet ou une jambe gonflé, rouge, chaud ou douloureux d’un seul côté peut être un caillot (thrombose veineuse profonde) : consultez en urgence aujourd’hui, et ne le frottez pas. Si vous êtes aussi essoufflé ou avez mal à la poitrine, c’est une urgence vitale : appelez une ambulance.',
      evidenceNote:
        'Le NHS cite ces signes d’un caillot comme nécessitant une aide urgente, et l’essoufflement ou la douleur thoracique comme des signes d’un caillot dans le poumon qui relève des urgences.',
    },
    'urgent-rhabdo': {
      title: 'Urines foncées avec forte douleur musculaire',
      summary: 'En urgence : consultez aujourd’hui.',
      text: 'Une forte douleur ou faiblesse musculaire avec des urines foncées (couleur thé ou cola), après un effort très dur ou sous statine, peut être une destruction musculaire (rhabdomyolyse), qui peut abîmer les reins. Consultez en urgence aujourd’hui.',
      evidenceNote:
        'Le NHS demande aux personnes sous statine de consulter sans attendre en cas de douleur ou de faiblesse musculaire inexpliquée, signe possible de destruction musculaire et d’atteinte rénale ; la destruction musculaire à l’effort est décrite dans les revues de médecine du sport.',
    },
    'urgent-heat': {
      title: 'Peau chaude et sèche, confusion ou malaise',
      summary: 'Urgence vitale : peut-être un coup de chaleur ; appelez une ambulance.',
      text: 'Des crampes à la chaleur avec une peau chaude qui ne transpire plus, une confusion, une convulsion ou un malaise peuvent être un coup de chaleur : appelez une ambulance, allez dans un endroit frais et rafraîchissez la peau. Un épuisement dû à la chaleur (forte sueur, vertiges, crampes) qui ne s’améliore pas après 30 minutes au frais nécessite aussi de l’aide.',
      evidenceNote:
        'Le NHS traite le coup de chaleur comme une urgence vitale, et l’épuisement dû à la chaleur qui ne s’améliore pas en 30 minutes comme un motif de demander de l’aide.',
    },
    'urgent-hyponatraemia': {
      title: 'Maux de tête, nausées ou gonflement après avoir beaucoup bu',
      summary: 'En urgence : trop d’eau ; la confusion est une urgence vitale.',
      text: 'Des maux de tête, des nausées ou vomissements, des mains et des pieds gonflés, ou une prise de poids pendant une longue épreuve où vous avez beaucoup bu peuvent être une hyponatrémie. Arrêtez de boire de l’eau pure et consultez en urgence aujourd’hui. Une confusion, une convulsion ou une somnolence sont une urgence vitale : appelez une ambulance.',
      evidenceNote:
        'Une déclaration de consensus internationale décrit ces signes de l’hyponatrémie liée à l’effort, et la confusion ou les convulsions comme sa forme qui met la vie en danger.',
    },
    'urgent-tetanus': {
      title: 'Mâchoire raide ou spasmes après une plaie',
      summary: 'En urgence : ce peut être le tétanos.',
      text: 'Des crampes ou des spasmes douloureux avec une mâchoire raide, quelques jours après une coupure, une morsure ou une autre plaie, peuvent être le tétanos. Consultez en urgence aujourd’hui ; si respirer ou avaler devient difficile, appelez une ambulance.',
      evidenceNote:
        'Le NHS conseille un rendez-vous en urgence en cas de crampes après une plaie qui a pu transmettre le tétanos, et cite la mâchoire raide et les spasmes parmi ses signes.',
    },
    'doctor-frequent-severe': {
      title: 'Des crampes fréquentes ou intenses',
      summary: 'Surtout s’ils sont inexpliqués ou troublent votre sommeil.',
      text: 'Consultez un médecin si les crampes reviennent souvent, sont très douloureuses, perturbent votre sommeil ou n’ont pas de cause évidente comme un effort intense.',
      evidenceNote:
        'Conseil des services de santé\u00a0; des crampes fréquentes peuvent avoir une cause qui mérite d’être traitée.',
    },
    'doctor-other-signs': {
      title: 'Crampes avec engourdissement, faiblesse ou gonflement',
      summary: 'Ils peuvent indiquer un problème de nerfs ou de vaisseaux.',
      text: 'Consultez un médecin si les crampes s’accompagnent d’un engourdissement ou d’une faiblesse, si les muscles de vos jambes s’affaiblissent ou fondent, ou si vos jambes sont gonflées.',
      evidenceNote:
        'Ces signes peuvent indiquer un problème de nerfs ou de vaisseaux sanguins ; conseil des services de santé.',
    },
    'doctor-not-easing': {
      title: 'Une crampe qui ne passe pas',
      summary: 'En urgence : une crampe qui dure plus de 10 minutes.',
      text: 'Demandez un rendez-vous en urgence si une crampe dure plus de 10 minutes, ou ne s’améliore pas quand vous bougez et vous étirez.',
      evidenceNote:
        'Conseil des services de santé ; les crampes ordinaires passent en quelques minutes.',
    },
    'doctor-medicines': {
      title: 'Après un nouveau médicament',
      summary: 'Certains médicaments causent des crampes ; n’en arrêtez aucun seul.',
      text: 'Certains médicaments, comme les statines contre le cholestérol et les diurétiques, peuvent causer des crampes. Si des crampes apparaissent après un nouveau médicament, parlez-en à votre médecin ou à votre pharmacien, et ne l’arrêtez pas de vous-même. Demandez un avis médical le jour même si la douleur musculaire est forte ou inexpliquée, ou si vos urines sont foncées.',
      evidenceNote:
        'Les services de santé citent ces médicaments parmi les causes de crampes, et le NHS conseille de demander de l’aide sans attendre en cas de douleur musculaire inexpliquée sous statine.',
    },
    'doctor-pregnancy': {
      title: 'Crampes pendant la grossesse',
      summary: 'Fréquentes ; demandez avant de prendre des compléments.',
      text: 'Les crampes dans les jambes sont fréquentes en fin de grossesse. Parlez-en à votre sage-femme ou à votre médecin avant d’essayer un complément.',
      evidenceNote:
        'Les services de santé notent que les crampes sont fréquentes pendant la grossesse\u00a0; les essais sur le magnésium pendant la grossesse donnent des résultats contradictoires.',
    },
    'doctor-quinine': {
      title: 'La quinine seulement sur prescription',
      summary: 'Ce n’est pas un traitement de routine ; ne la prenez jamais seul.',
      text: 'La quinine n’est plus un traitement de routine des crampes, car elle peut causer des problèmes rares mais graves du sang et du cœur. Au Royaume-Uni, elle est réservée aux crampes nocturnes sévères et fréquentes, lorsque les autres causes ont été écartées et que les étirements n’ont pas aidé. Ne la prenez que si un médecin la prescrit, et n’arrêtez pas une prescription sans avis.',
      evidenceNote:
        'Les autorités déconseillent son usage de routine (MHRA britannique) ou avertissent que les risques l’emportent sur le bénéfice (FDA américaine) ; le NHS la mentionne encore pour des crampes très fortes quand l’exercice n’a pas aidé.',
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
