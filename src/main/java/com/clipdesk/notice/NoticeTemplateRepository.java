package com.clipdesk.notice;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface NoticeTemplateRepository extends JpaRepository<NoticeTemplate, Long> {

    Optional<NoticeTemplate> findByKindAndLanguage(NoticeKind kind, String language);

    List<NoticeTemplate> findAllByOrderByKindAscLanguageAsc();
}
