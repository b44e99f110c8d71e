-- Issue 6, member notices: the templates per kind of decision and language that policy admins edit,
-- and the notices written from them (immutable). Plain SQL that H2 (MariaDB mode) and MariaDB/MySQL
-- both run. V7 and V8 are taken by appeals and strikes.

create table notice_template (
    id          bigint        not null auto_increment primary key,
    kind        varchar(30)   not null,
    language    varchar(8)    not null,
    subject     varchar(200)  not null,
    body        varchar(4000) not null,
    version     bigint        not null,
    updated_by  varchar(200)  not null,
    updated_at  ${instant}    not null,
    constraint uq_notice_template unique (kind, language)
);

-- As the member received it: subject and body rendered, in their language, with the template
-- version used; never changed afterwards (the decision feed will deliver these rows).
create table member_notice (
    id                  bigint        not null auto_increment primary key,
    member_id           bigint        not null,
    kind                varchar(30)   not null,
    language            varchar(8)    not null,
    subject             varchar(400)  not null,
    body                varchar(8000) not null,
    ground              varchar(600)  not null,
    item_kind           varchar(30)   not null,
    item_id             bigint        not null,
    decision_reference  varchar(40)   not null,
    created_at          ${instant}    not null,
    template_version    bigint        not null,
    constraint fk_member_notice_member foreign key (member_id) references member (id)
);
create index ix_member_notice_member on member_notice (member_id, id);
create index ix_member_notice_item on member_notice (item_kind, item_id, id);
create index ix_member_notice_reference on member_notice (decision_reference);

-- The default templates (production needs them too): every kind in en, pt, es, fr, de, ja, ko.
-- Generated once from one text per language; policy admins edit them on notices/templates.
-- en
insert into notice_template (kind, language, subject, body, version, updated_by, updated_at) values
('CONTENT_REMOVED', 'en', 'Your content was removed ({{reference}})', 'Hello,

We have removed content you posted because it does not comply with our rules:
{{item}}

Decision: {{decision}}
Ground: {{ground}}
Explanation: {{explanation}}
Where: {{markets}}
Date: {{date}}
Reference: {{reference}}

How to appeal: {{appeal}}

— The Trust & Safety team', 0, 'system', timestamp '2026-11-30 00:00:00'),
('SPOILER_FLAGGED', 'en', 'Your content was labelled as a spoiler ({{reference}})', 'Hello,

We have labelled content you posted as a spoiler; members are warned before they see it:
{{item}}

Decision: {{decision}}
Ground: {{ground}}
Explanation: {{explanation}}
Where: {{markets}}
Date: {{date}}
Reference: {{reference}}

How to appeal: {{appeal}}

— The Trust & Safety team', 0, 'system', timestamp '2026-11-30 00:00:00'),
('TAKEN_DOWN', 'en', 'Your content was taken down ({{reference}})', 'Hello,

We have taken down content you posted. It is no longer visible in the markets listed below:
{{item}}

Decision: {{decision}}
Ground: {{ground}}
Explanation: {{explanation}}
Where: {{markets}}
Date: {{date}}
Reference: {{reference}}

How to appeal: {{appeal}}

— The Trust & Safety team', 0, 'system', timestamp '2026-11-30 00:00:00'),
('TAKEDOWN_NARROWED', 'en', 'The takedown of your content was narrowed ({{reference}})', 'Hello,

We have narrowed the takedown of content you posted. It is visible again everywhere except in the markets listed below:
{{item}}

Decision: {{decision}}
Ground: {{ground}}
Explanation: {{explanation}}
Where: {{markets}}
Date: {{date}}
Reference: {{reference}}

How to appeal: {{appeal}}

— The Trust & Safety team', 0, 'system', timestamp '2026-11-30 00:00:00'),
('TAKEDOWN_LIFTED', 'en', 'Your content is visible again ({{reference}})', 'Hello,

We have lifted the takedown of content you posted. It is visible again in the markets listed below:
{{item}}

Decision: {{decision}}
Ground: {{ground}}
Explanation: {{explanation}}
Where: {{markets}}
Date: {{date}}
Reference: {{reference}}

What happens next: {{appeal}}

— The Trust & Safety team', 0, 'system', timestamp '2026-11-30 00:00:00'),
('APPEAL_UPHELD', 'en', 'Decision on your appeal: original decision upheld ({{reference}})', 'Hello,

We have reviewed your appeal and upheld our original decision on:
{{item}}

Decision: {{decision}}
Ground: {{ground}}
Explanation: {{explanation}}
Where: {{markets}}
Date: {{date}}
Reference: {{reference}}

Further redress: {{appeal}}

— The Trust & Safety team', 0, 'system', timestamp '2026-11-30 00:00:00'),
('APPEAL_OVERTURNED', 'en', 'Decision on your appeal: your content is restored ({{reference}})', 'Hello,

We have reviewed your appeal and reversed our original decision. Your content is visible again:
{{item}}

Decision: {{decision}}
Ground: {{ground}}
Explanation: {{explanation}}
Where: {{markets}}
Date: {{date}}
Reference: {{reference}}

What happens next: {{appeal}}

— The Trust & Safety team', 0, 'system', timestamp '2026-11-30 00:00:00'),
('APPEAL_MODIFIED', 'en', 'Decision on your appeal: fewer markets affected ({{reference}})', 'Hello,

We have reviewed your appeal and reduced the markets where our decision applies to your content:
{{item}}

Decision: {{decision}}
Ground: {{ground}}
Explanation: {{explanation}}
Where: {{markets}}
Date: {{date}}
Reference: {{reference}}

Further redress: {{appeal}}

— The Trust & Safety team', 0, 'system', timestamp '2026-11-30 00:00:00');

-- pt
insert into notice_template (kind, language, subject, body, version, updated_by, updated_at) values
('CONTENT_REMOVED', 'pt', 'Seu conteúdo foi removido ({{reference}})', 'Olá,

Removemos um conteúdo que você publicou porque ele não está de acordo com as nossas regras:
{{item}}

Decisão: {{decision}}
Fundamento: {{ground}}
Explicação: {{explanation}}
Onde: {{markets}}
Data: {{date}}
Referência: {{reference}}

Como recorrer: {{appeal}}

— Equipe de Confiança e Segurança', 0, 'system', timestamp '2026-11-30 00:00:00'),
('SPOILER_FLAGGED', 'pt', 'Seu conteúdo foi marcado como spoiler ({{reference}})', 'Olá,

Marcamos como spoiler um conteúdo que você publicou; os membros são avisados antes de vê-lo:
{{item}}

Decisão: {{decision}}
Fundamento: {{ground}}
Explicação: {{explanation}}
Onde: {{markets}}
Data: {{date}}
Referência: {{reference}}

Como recorrer: {{appeal}}

— Equipe de Confiança e Segurança', 0, 'system', timestamp '2026-11-30 00:00:00'),
('TAKEN_DOWN', 'pt', 'Seu conteúdo foi retirado do ar ({{reference}})', 'Olá,

Retiramos do ar um conteúdo que você publicou. Ele não está mais visível nos países indicados abaixo:
{{item}}

Decisão: {{decision}}
Fundamento: {{ground}}
Explicação: {{explanation}}
Onde: {{markets}}
Data: {{date}}
Referência: {{reference}}

Como recorrer: {{appeal}}

— Equipe de Confiança e Segurança', 0, 'system', timestamp '2026-11-30 00:00:00'),
('TAKEDOWN_NARROWED', 'pt', 'A retirada do seu conteúdo foi reduzida ({{reference}})', 'Olá,

Reduzimos a retirada de um conteúdo que você publicou. Ele voltou a ficar visível em todos os lugares, exceto nos países indicados abaixo:
{{item}}

Decisão: {{decision}}
Fundamento: {{ground}}
Explicação: {{explanation}}
Onde: {{markets}}
Data: {{date}}
Referência: {{reference}}

Como recorrer: {{appeal}}

— Equipe de Confiança e Segurança', 0, 'system', timestamp '2026-11-30 00:00:00'),
('TAKEDOWN_LIFTED', 'pt', 'Seu conteúdo está visível novamente ({{reference}})', 'Olá,

Revogamos a retirada de um conteúdo que você publicou. Ele voltou a ficar visível nos países indicados abaixo:
{{item}}

Decisão: {{decision}}
Fundamento: {{ground}}
Explicação: {{explanation}}
Onde: {{markets}}
Data: {{date}}
Referência: {{reference}}

Próximos passos: {{appeal}}

— Equipe de Confiança e Segurança', 0, 'system', timestamp '2026-11-30 00:00:00'),
('APPEAL_UPHELD', 'pt', 'Decisão sobre o seu recurso: decisão original mantida ({{reference}})', 'Olá,

Analisamos o seu recurso e mantivemos a decisão original sobre:
{{item}}

Decisão: {{decision}}
Fundamento: {{ground}}
Explicação: {{explanation}}
Onde: {{markets}}
Data: {{date}}
Referência: {{reference}}

Outras vias de recurso: {{appeal}}

— Equipe de Confiança e Segurança', 0, 'system', timestamp '2026-11-30 00:00:00'),
('APPEAL_OVERTURNED', 'pt', 'Decisão sobre o seu recurso: seu conteúdo foi restaurado ({{reference}})', 'Olá,

Analisamos o seu recurso e revertemos a decisão original. O seu conteúdo voltou a ficar visível:
{{item}}

Decisão: {{decision}}
Fundamento: {{ground}}
Explicação: {{explanation}}
Onde: {{markets}}
Data: {{date}}
Referência: {{reference}}

Próximos passos: {{appeal}}

— Equipe de Confiança e Segurança', 0, 'system', timestamp '2026-11-30 00:00:00'),
('APPEAL_MODIFIED', 'pt', 'Decisão sobre o seu recurso: menos países afetados ({{reference}})', 'Olá,

Analisamos o seu recurso e reduzimos os países em que a nossa decisão se aplica ao seu conteúdo:
{{item}}

Decisão: {{decision}}
Fundamento: {{ground}}
Explicação: {{explanation}}
Onde: {{markets}}
Data: {{date}}
Referência: {{reference}}

Outras vias de recurso: {{appeal}}

— Equipe de Confiança e Segurança', 0, 'system', timestamp '2026-11-30 00:00:00');

-- es
insert into notice_template (kind, language, subject, body, version, updated_by, updated_at) values
('CONTENT_REMOVED', 'es', 'Eliminamos tu contenido ({{reference}})', 'Hola:

Eliminamos un contenido que publicaste porque no cumple nuestras normas:
{{item}}

Decisión: {{decision}}
Fundamento: {{ground}}
Explicación: {{explanation}}
Dónde: {{markets}}
Fecha: {{date}}
Referencia: {{reference}}

Cómo apelar: {{appeal}}

— Equipo de Confianza y Seguridad', 0, 'system', timestamp '2026-11-30 00:00:00'),
('SPOILER_FLAGGED', 'es', 'Tu contenido se marcó como spoiler ({{reference}})', 'Hola:

Marcamos como spoiler un contenido que publicaste; los miembros verán un aviso antes de verlo:
{{item}}

Decisión: {{decision}}
Fundamento: {{ground}}
Explicación: {{explanation}}
Dónde: {{markets}}
Fecha: {{date}}
Referencia: {{reference}}

Cómo apelar: {{appeal}}

— Equipo de Confianza y Seguridad', 0, 'system', timestamp '2026-11-30 00:00:00'),
('TAKEN_DOWN', 'es', 'Retiramos tu contenido ({{reference}})', 'Hola:

Retiramos un contenido que publicaste. Ya no se puede ver en los países que se indican abajo:
{{item}}

Decisión: {{decision}}
Fundamento: {{ground}}
Explicación: {{explanation}}
Dónde: {{markets}}
Fecha: {{date}}
Referencia: {{reference}}

Cómo apelar: {{appeal}}

— Equipo de Confianza y Seguridad', 0, 'system', timestamp '2026-11-30 00:00:00'),
('TAKEDOWN_NARROWED', 'es', 'Redujimos la retirada de tu contenido ({{reference}})', 'Hola:

Redujimos la retirada de un contenido que publicaste. Vuelve a verse en todas partes, excepto en los países que se indican abajo:
{{item}}

Decisión: {{decision}}
Fundamento: {{ground}}
Explicación: {{explanation}}
Dónde: {{markets}}
Fecha: {{date}}
Referencia: {{reference}}

Cómo apelar: {{appeal}}

— Equipo de Confianza y Seguridad', 0, 'system', timestamp '2026-11-30 00:00:00'),
('TAKEDOWN_LIFTED', 'es', 'Tu contenido vuelve a estar visible ({{reference}})', 'Hola:

Revocamos la retirada de un contenido que publicaste. Vuelve a verse en los países que se indican abajo:
{{item}}

Decisión: {{decision}}
Fundamento: {{ground}}
Explicación: {{explanation}}
Dónde: {{markets}}
Fecha: {{date}}
Referencia: {{reference}}

Qué sigue: {{appeal}}

— Equipo de Confianza y Seguridad', 0, 'system', timestamp '2026-11-30 00:00:00'),
('APPEAL_UPHELD', 'es', 'Resolución de tu apelación: se mantiene la decisión original ({{reference}})', 'Hola:

Revisamos tu apelación y mantenemos la decisión original sobre:
{{item}}

Decisión: {{decision}}
Fundamento: {{ground}}
Explicación: {{explanation}}
Dónde: {{markets}}
Fecha: {{date}}
Referencia: {{reference}}

Otras vías de reclamación: {{appeal}}

— Equipo de Confianza y Seguridad', 0, 'system', timestamp '2026-11-30 00:00:00'),
('APPEAL_OVERTURNED', 'es', 'Resolución de tu apelación: tu contenido se restableció ({{reference}})', 'Hola:

Revisamos tu apelación y revocamos la decisión original. Tu contenido vuelve a estar visible:
{{item}}

Decisión: {{decision}}
Fundamento: {{ground}}
Explicación: {{explanation}}
Dónde: {{markets}}
Fecha: {{date}}
Referencia: {{reference}}

Qué sigue: {{appeal}}

— Equipo de Confianza y Seguridad', 0, 'system', timestamp '2026-11-30 00:00:00'),
('APPEAL_MODIFIED', 'es', 'Resolución de tu apelación: menos países afectados ({{reference}})', 'Hola:

Revisamos tu apelación y redujimos los países en los que nuestra decisión se aplica a tu contenido:
{{item}}

Decisión: {{decision}}
Fundamento: {{ground}}
Explicación: {{explanation}}
Dónde: {{markets}}
Fecha: {{date}}
Referencia: {{reference}}

Otras vías de reclamación: {{appeal}}

— Equipo de Confianza y Seguridad', 0, 'system', timestamp '2026-11-30 00:00:00');

-- fr
insert into notice_template (kind, language, subject, body, version, updated_by, updated_at) values
('CONTENT_REMOVED', 'fr', 'Votre contenu a été supprimé ({{reference}})', 'Bonjour,

Nous avons supprimé un contenu que vous avez publié, car il ne respecte pas nos règles :
{{item}}

Décision : {{decision}}
Motif : {{ground}}
Explication : {{explanation}}
Où : {{markets}}
Date : {{date}}
Référence : {{reference}}

Comment contester : {{appeal}}

— L’équipe Confiance et sécurité', 0, 'system', timestamp '2026-11-30 00:00:00'),
('SPOILER_FLAGGED', 'fr', 'Votre contenu a été signalé comme spoiler ({{reference}})', 'Bonjour,

Nous avons signalé comme spoiler un contenu que vous avez publié ; les membres sont avertis avant de le voir :
{{item}}

Décision : {{decision}}
Motif : {{ground}}
Explication : {{explanation}}
Où : {{markets}}
Date : {{date}}
Référence : {{reference}}

Comment contester : {{appeal}}

— L’équipe Confiance et sécurité', 0, 'system', timestamp '2026-11-30 00:00:00'),
('TAKEN_DOWN', 'fr', 'Votre contenu a été retiré ({{reference}})', 'Bonjour,

Nous avons retiré un contenu que vous avez publié. Il n’est plus visible dans les pays indiqués ci-dessous :
{{item}}

Décision : {{decision}}
Motif : {{ground}}
Explication : {{explanation}}
Où : {{markets}}
Date : {{date}}
Référence : {{reference}}

Comment contester : {{appeal}}

— L’équipe Confiance et sécurité', 0, 'system', timestamp '2026-11-30 00:00:00'),
('TAKEDOWN_NARROWED', 'fr', 'Le retrait de votre contenu a été restreint ({{reference}})', 'Bonjour,

Nous avons restreint le retrait d’un contenu que vous avez publié. Il est de nouveau visible partout, sauf dans les pays indiqués ci-dessous :
{{item}}

Décision : {{decision}}
Motif : {{ground}}
Explication : {{explanation}}
Où : {{markets}}
Date : {{date}}
Référence : {{reference}}

Comment contester : {{appeal}}

— L’équipe Confiance et sécurité', 0, 'system', timestamp '2026-11-30 00:00:00'),
('TAKEDOWN_LIFTED', 'fr', 'Votre contenu est de nouveau visible ({{reference}})', 'Bonjour,

Nous avons levé le retrait d’un contenu que vous avez publié. Il est de nouveau visible dans les pays indiqués ci-dessous :
{{item}}

Décision : {{decision}}
Motif : {{ground}}
Explication : {{explanation}}
Où : {{markets}}
Date : {{date}}
Référence : {{reference}}

Et maintenant : {{appeal}}

— L’équipe Confiance et sécurité', 0, 'system', timestamp '2026-11-30 00:00:00'),
('APPEAL_UPHELD', 'fr', 'Décision sur votre recours : décision initiale maintenue ({{reference}})', 'Bonjour,

Nous avons examiné votre recours et maintenons notre décision initiale concernant :
{{item}}

Décision : {{decision}}
Motif : {{ground}}
Explication : {{explanation}}
Où : {{markets}}
Date : {{date}}
Référence : {{reference}}

Autres voies de recours : {{appeal}}

— L’équipe Confiance et sécurité', 0, 'system', timestamp '2026-11-30 00:00:00'),
('APPEAL_OVERTURNED', 'fr', 'Décision sur votre recours : votre contenu est rétabli ({{reference}})', 'Bonjour,

Nous avons examiné votre recours et annulé notre décision initiale. Votre contenu est de nouveau visible :
{{item}}

Décision : {{decision}}
Motif : {{ground}}
Explication : {{explanation}}
Où : {{markets}}
Date : {{date}}
Référence : {{reference}}

Et maintenant : {{appeal}}

— L’équipe Confiance et sécurité', 0, 'system', timestamp '2026-11-30 00:00:00'),
('APPEAL_MODIFIED', 'fr', 'Décision sur votre recours : moins de pays concernés ({{reference}})', 'Bonjour,

Nous avons examiné votre recours et réduit les pays dans lesquels notre décision s’applique à votre contenu :
{{item}}

Décision : {{decision}}
Motif : {{ground}}
Explication : {{explanation}}
Où : {{markets}}
Date : {{date}}
Référence : {{reference}}

Autres voies de recours : {{appeal}}

— L’équipe Confiance et sécurité', 0, 'system', timestamp '2026-11-30 00:00:00');

-- de
insert into notice_template (kind, language, subject, body, version, updated_by, updated_at) values
('CONTENT_REMOVED', 'de', 'Dein Inhalt wurde entfernt ({{reference}})', 'Hallo,

Wir haben einen Inhalt entfernt, den du veröffentlicht hast, weil er gegen unsere Regeln verstößt:
{{item}}

Entscheidung: {{decision}}
Grund: {{ground}}
Erläuterung: {{explanation}}
Wo: {{markets}}
Datum: {{date}}
Referenz: {{reference}}

So legst du Einspruch ein: {{appeal}}

— Dein Trust-&-Safety-Team', 0, 'system', timestamp '2026-11-30 00:00:00'),
('SPOILER_FLAGGED', 'de', 'Dein Inhalt wurde als Spoiler gekennzeichnet ({{reference}})', 'Hallo,

Wir haben einen Inhalt, den du veröffentlicht hast, als Spoiler gekennzeichnet; Mitglieder werden gewarnt, bevor sie ihn sehen:
{{item}}

Entscheidung: {{decision}}
Grund: {{ground}}
Erläuterung: {{explanation}}
Wo: {{markets}}
Datum: {{date}}
Referenz: {{reference}}

So legst du Einspruch ein: {{appeal}}

— Dein Trust-&-Safety-Team', 0, 'system', timestamp '2026-11-30 00:00:00'),
('TAKEN_DOWN', 'de', 'Dein Inhalt wurde gesperrt ({{reference}})', 'Hallo,

Wir haben einen Inhalt gesperrt, den du veröffentlicht hast. In den unten genannten Ländern ist er nicht mehr sichtbar:
{{item}}

Entscheidung: {{decision}}
Grund: {{ground}}
Erläuterung: {{explanation}}
Wo: {{markets}}
Datum: {{date}}
Referenz: {{reference}}

So legst du Einspruch ein: {{appeal}}

— Dein Trust-&-Safety-Team', 0, 'system', timestamp '2026-11-30 00:00:00'),
('TAKEDOWN_NARROWED', 'de', 'Die Sperre deines Inhalts wurde eingeschränkt ({{reference}})', 'Hallo,

Wir haben die Sperre eines Inhalts eingeschränkt, den du veröffentlicht hast. Er ist wieder überall sichtbar, außer in den unten genannten Ländern:
{{item}}

Entscheidung: {{decision}}
Grund: {{ground}}
Erläuterung: {{explanation}}
Wo: {{markets}}
Datum: {{date}}
Referenz: {{reference}}

So legst du Einspruch ein: {{appeal}}

— Dein Trust-&-Safety-Team', 0, 'system', timestamp '2026-11-30 00:00:00'),
('TAKEDOWN_LIFTED', 'de', 'Dein Inhalt ist wieder sichtbar ({{reference}})', 'Hallo,

Wir haben die Sperre eines Inhalts aufgehoben, den du veröffentlicht hast. In den unten genannten Ländern ist er wieder sichtbar:
{{item}}

Entscheidung: {{decision}}
Grund: {{ground}}
Erläuterung: {{explanation}}
Wo: {{markets}}
Datum: {{date}}
Referenz: {{reference}}

Wie es weitergeht: {{appeal}}

— Dein Trust-&-Safety-Team', 0, 'system', timestamp '2026-11-30 00:00:00'),
('APPEAL_UPHELD', 'de', 'Entscheidung über deinen Einspruch: ursprüngliche Entscheidung bestätigt ({{reference}})', 'Hallo,

Wir haben deinen Einspruch geprüft und unsere ursprüngliche Entscheidung bestätigt. Sie betrifft:
{{item}}

Entscheidung: {{decision}}
Grund: {{ground}}
Erläuterung: {{explanation}}
Wo: {{markets}}
Datum: {{date}}
Referenz: {{reference}}

Weitere Rechtsbehelfe: {{appeal}}

— Dein Trust-&-Safety-Team', 0, 'system', timestamp '2026-11-30 00:00:00'),
('APPEAL_OVERTURNED', 'de', 'Entscheidung über deinen Einspruch: dein Inhalt ist wiederhergestellt ({{reference}})', 'Hallo,

Wir haben deinen Einspruch geprüft und unsere ursprüngliche Entscheidung aufgehoben. Dein Inhalt ist wieder sichtbar:
{{item}}

Entscheidung: {{decision}}
Grund: {{ground}}
Erläuterung: {{explanation}}
Wo: {{markets}}
Datum: {{date}}
Referenz: {{reference}}

Wie es weitergeht: {{appeal}}

— Dein Trust-&-Safety-Team', 0, 'system', timestamp '2026-11-30 00:00:00'),
('APPEAL_MODIFIED', 'de', 'Entscheidung über deinen Einspruch: weniger Länder betroffen ({{reference}})', 'Hallo,

Wir haben deinen Einspruch geprüft und die Länder reduziert, in denen unsere Entscheidung für deinen Inhalt gilt:
{{item}}

Entscheidung: {{decision}}
Grund: {{ground}}
Erläuterung: {{explanation}}
Wo: {{markets}}
Datum: {{date}}
Referenz: {{reference}}

Weitere Rechtsbehelfe: {{appeal}}

— Dein Trust-&-Safety-Team', 0, 'system', timestamp '2026-11-30 00:00:00');

-- ja
insert into notice_template (kind, language, subject, body, version, updated_by, updated_at) values
('CONTENT_REMOVED', 'ja', '投稿したコンテンツを削除しました（{{reference}}）', 'いつもご利用いただきありがとうございます。

お客様が投稿した以下のコンテンツは当社のルールに違反しているため、削除しました。
{{item}}

判断：{{decision}}
根拠：{{ground}}
説明：{{explanation}}
対象の国・地域：{{markets}}
日付：{{date}}
参照番号：{{reference}}

異議申し立ての方法：{{appeal}}

トラスト＆セーフティチーム', 0, 'system', timestamp '2026-11-30 00:00:00'),
('SPOILER_FLAGGED', 'ja', '投稿したコンテンツをネタバレとして表示しました（{{reference}}）', 'いつもご利用いただきありがとうございます。

お客様が投稿した以下のコンテンツをネタバレとして表示しました。他のメンバーには閲覧前に警告が表示されます。
{{item}}

判断：{{decision}}
根拠：{{ground}}
説明：{{explanation}}
対象の国・地域：{{markets}}
日付：{{date}}
参照番号：{{reference}}

異議申し立ての方法：{{appeal}}

トラスト＆セーフティチーム', 0, 'system', timestamp '2026-11-30 00:00:00'),
('TAKEN_DOWN', 'ja', '投稿したコンテンツの公開を停止しました（{{reference}}）', 'いつもご利用いただきありがとうございます。

お客様が投稿した以下のコンテンツの公開を停止しました。下記の国・地域では表示されなくなります。
{{item}}

判断：{{decision}}
根拠：{{ground}}
説明：{{explanation}}
対象の国・地域：{{markets}}
日付：{{date}}
参照番号：{{reference}}

異議申し立ての方法：{{appeal}}

トラスト＆セーフティチーム', 0, 'system', timestamp '2026-11-30 00:00:00'),
('TAKEDOWN_NARROWED', 'ja', 'コンテンツの公開停止の範囲を縮小しました（{{reference}}）', 'いつもご利用いただきありがとうございます。

お客様が投稿した以下のコンテンツの公開停止の範囲を縮小しました。下記の国・地域を除き、再び表示されます。
{{item}}

判断：{{decision}}
根拠：{{ground}}
説明：{{explanation}}
対象の国・地域：{{markets}}
日付：{{date}}
参照番号：{{reference}}

異議申し立ての方法：{{appeal}}

トラスト＆セーフティチーム', 0, 'system', timestamp '2026-11-30 00:00:00'),
('TAKEDOWN_LIFTED', 'ja', 'コンテンツの公開停止を解除しました（{{reference}}）', 'いつもご利用いただきありがとうございます。

お客様が投稿した以下のコンテンツの公開停止を解除しました。下記の国・地域で再び表示されます。
{{item}}

判断：{{decision}}
根拠：{{ground}}
説明：{{explanation}}
対象の国・地域：{{markets}}
日付：{{date}}
参照番号：{{reference}}

今後について：{{appeal}}

トラスト＆セーフティチーム', 0, 'system', timestamp '2026-11-30 00:00:00'),
('APPEAL_UPHELD', 'ja', '異議申し立ての結果：当初の判断を維持します（{{reference}}）', 'いつもご利用いただきありがとうございます。

異議申し立てを審査した結果、以下のコンテンツに関する当初の判断を維持することとしました。
{{item}}

判断：{{decision}}
根拠：{{ground}}
説明：{{explanation}}
対象の国・地域：{{markets}}
日付：{{date}}
参照番号：{{reference}}

その他の救済手段：{{appeal}}

トラスト＆セーフティチーム', 0, 'system', timestamp '2026-11-30 00:00:00'),
('APPEAL_OVERTURNED', 'ja', '異議申し立ての結果：コンテンツを復元しました（{{reference}}）', 'いつもご利用いただきありがとうございます。

異議申し立てを審査した結果、当初の判断を取り消しました。以下のコンテンツは再び表示されます。
{{item}}

判断：{{decision}}
根拠：{{ground}}
説明：{{explanation}}
対象の国・地域：{{markets}}
日付：{{date}}
参照番号：{{reference}}

今後について：{{appeal}}

トラスト＆セーフティチーム', 0, 'system', timestamp '2026-11-30 00:00:00'),
('APPEAL_MODIFIED', 'ja', '異議申し立ての結果：対象の国・地域を縮小しました（{{reference}}）', 'いつもご利用いただきありがとうございます。

異議申し立てを審査した結果、以下のコンテンツに対する判断の適用範囲を縮小しました。
{{item}}

判断：{{decision}}
根拠：{{ground}}
説明：{{explanation}}
対象の国・地域：{{markets}}
日付：{{date}}
参照番号：{{reference}}

その他の救済手段：{{appeal}}

トラスト＆セーフティチーム', 0, 'system', timestamp '2026-11-30 00:00:00');

-- ko
insert into notice_template (kind, language, subject, body, version, updated_by, updated_at) values
('CONTENT_REMOVED', 'ko', '게시한 콘텐츠가 삭제되었습니다 ({{reference}})', '안녕하세요.

회원님이 게시한 아래 콘텐츠가 커뮤니티 규칙에 어긋나 삭제했습니다.
{{item}}

결정: {{decision}}
근거: {{ground}}
설명: {{explanation}}
적용 국가 및 지역: {{markets}}
날짜: {{date}}
참조 번호: {{reference}}

이의 제기 방법: {{appeal}}

— 신뢰 및 안전팀', 0, 'system', timestamp '2026-11-30 00:00:00'),
('SPOILER_FLAGGED', 'ko', '게시한 콘텐츠가 스포일러로 표시되었습니다 ({{reference}})', '안녕하세요.

회원님이 게시한 아래 콘텐츠를 스포일러로 표시했습니다. 다른 회원에게는 보기 전에 경고가 표시됩니다.
{{item}}

결정: {{decision}}
근거: {{ground}}
설명: {{explanation}}
적용 국가 및 지역: {{markets}}
날짜: {{date}}
참조 번호: {{reference}}

이의 제기 방법: {{appeal}}

— 신뢰 및 안전팀', 0, 'system', timestamp '2026-11-30 00:00:00'),
('TAKEN_DOWN', 'ko', '게시한 콘텐츠의 게시가 중단되었습니다 ({{reference}})', '안녕하세요.

회원님이 게시한 아래 콘텐츠의 게시를 중단했습니다. 아래 국가 및 지역에서는 더 이상 표시되지 않습니다.
{{item}}

결정: {{decision}}
근거: {{ground}}
설명: {{explanation}}
적용 국가 및 지역: {{markets}}
날짜: {{date}}
참조 번호: {{reference}}

이의 제기 방법: {{appeal}}

— 신뢰 및 안전팀', 0, 'system', timestamp '2026-11-30 00:00:00'),
('TAKEDOWN_NARROWED', 'ko', '콘텐츠 게시 중단 범위가 축소되었습니다 ({{reference}})', '안녕하세요.

회원님이 게시한 아래 콘텐츠의 게시 중단 범위를 축소했습니다. 아래 국가 및 지역을 제외한 모든 곳에서 다시 표시됩니다.
{{item}}

결정: {{decision}}
근거: {{ground}}
설명: {{explanation}}
적용 국가 및 지역: {{markets}}
날짜: {{date}}
참조 번호: {{reference}}

이의 제기 방법: {{appeal}}

— 신뢰 및 안전팀', 0, 'system', timestamp '2026-11-30 00:00:00'),
('TAKEDOWN_LIFTED', 'ko', '콘텐츠가 다시 표시됩니다 ({{reference}})', '안녕하세요.

회원님이 게시한 아래 콘텐츠의 게시 중단을 해제했습니다. 아래 국가 및 지역에서 다시 표시됩니다.
{{item}}

결정: {{decision}}
근거: {{ground}}
설명: {{explanation}}
적용 국가 및 지역: {{markets}}
날짜: {{date}}
참조 번호: {{reference}}

다음 단계: {{appeal}}

— 신뢰 및 안전팀', 0, 'system', timestamp '2026-11-30 00:00:00'),
('APPEAL_UPHELD', 'ko', '이의 제기 결과: 원래 결정이 유지되었습니다 ({{reference}})', '안녕하세요.

이의 제기를 검토한 결과, 아래 콘텐츠에 대한 원래 결정을 유지하기로 했습니다.
{{item}}

결정: {{decision}}
근거: {{ground}}
설명: {{explanation}}
적용 국가 및 지역: {{markets}}
날짜: {{date}}
참조 번호: {{reference}}

추가 구제 수단: {{appeal}}

— 신뢰 및 안전팀', 0, 'system', timestamp '2026-11-30 00:00:00'),
('APPEAL_OVERTURNED', 'ko', '이의 제기 결과: 콘텐츠가 복원되었습니다 ({{reference}})', '안녕하세요.

이의 제기를 검토한 결과, 원래 결정을 취소했습니다. 아래 콘텐츠가 다시 표시됩니다.
{{item}}

결정: {{decision}}
근거: {{ground}}
설명: {{explanation}}
적용 국가 및 지역: {{markets}}
날짜: {{date}}
참조 번호: {{reference}}

다음 단계: {{appeal}}

— 신뢰 및 안전팀', 0, 'system', timestamp '2026-11-30 00:00:00'),
('APPEAL_MODIFIED', 'ko', '이의 제기 결과: 적용 국가 및 지역이 축소되었습니다 ({{reference}})', '안녕하세요.

이의 제기를 검토한 결과, 아래 콘텐츠에 대한 결정의 적용 국가 및 지역을 축소했습니다.
{{item}}

결정: {{decision}}
근거: {{ground}}
설명: {{explanation}}
적용 국가 및 지역: {{markets}}
날짜: {{date}}
참조 번호: {{reference}}

추가 구제 수단: {{appeal}}

— 신뢰 및 안전팀', 0, 'system', timestamp '2026-11-30 00:00:00');

