-- DESIGN.md's default journey. An admin may rename, recolour and retune them later; the kind keeps the rules.
insert into stage (name, phase, kind, position, colour, quiet_threshold_days, wip_limit, version) values
 ('Aware',                   'PRE_PURCHASE',        'STANDARD',  10, '#7c8da6', 60,  null, 0),
 ('Interested',              'PRE_PURCHASE',        'STANDARD',  20, '#5b8def', 21,  null, 0),
 ('On our list',             'PRE_PURCHASE',        'STANDARD',  30, '#4f6bd8', 30,  null, 0),
 ('Asked for information',   'PRE_PURCHASE',        'STANDARD',  40, '#e0a030', 3,   null, 0),
 ('Informed',                'PRE_PURCHASE',        'STANDARD',  50, '#d08a1c', 7,   null, 0),
 ('Deciding',                'PRE_PURCHASE',        'DECIDING',  60, '#c0582b', 7,   10,   0),
 ('Not now (nurture)',       'PRE_PURCHASE',        'NURTURE',   70, '#8e7cc3', 90,  null, 0),
 ('Lost',                    'PRE_PURCHASE',        'LOST',      80, '#9e9e9e', null, null, 0),
 ('Active engagement',       'CLIENT_EXPERIENCE',   'ACTIVE',    90, '#2e9d5b', 14,  null, 0),
 ('Between engagements',     'BETWEEN_ENGAGEMENTS', 'STANDARD', 100, '#1f8a8a', 45,  null, 0),
 ('Former — advocate',       'FORMER_CLIENT',       'ADVOCATE', 110, '#3f7f3f', 90,  null, 0),
 ('Former — gone for good',  'FORMER_CLIENT',       'GONE',     120, '#6d6d6d', null, null, 0);
