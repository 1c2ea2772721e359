package com.example.visits;

import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** POST /api/visits records a visit; GET /api/visits reads the count. Both answer {"count": N}. */
@RestController
@RequestMapping("/api/visits")
public class VisitController {

  private final JdbcTemplate jdbc;

  public VisitController(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @PostMapping
  @Transactional
  public Map<String, Long> record() {
    jdbc.update("INSERT INTO visit (visited_at) VALUES (CURRENT_TIMESTAMP)");
    return count();
  }

  @GetMapping
  public Map<String, Long> count() {
    Long count = jdbc.queryForObject("SELECT COUNT(*) FROM visit", Long.class);
    return Map.of("count", count == null ? 0L : count);
  }
}
