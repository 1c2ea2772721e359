package com.example.calculator;

import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The calculator of the talk as a web service: integer operands and integer division, like the Go
 * demo. GET /calculate?a=2&op=mul&b=100 answers {"expression":"2 * 100","result":200}.
 */
@RestController
public class CalculatorController {

  @GetMapping("/")
  public String index() {
    return "Hi, I am a calculator service. Try /calculate?a=2&op=mul&b=100\n";
  }

  @GetMapping("/calculate")
  public ResponseEntity<Map<String, Object>> calculate(
      @RequestParam(defaultValue = "") String a,
      @RequestParam(defaultValue = "") String op,
      @RequestParam(defaultValue = "") String b) {
    long left;
    long right;
    try {
      left = Long.parseLong(a);
      right = Long.parseLong(b);
    } catch (NumberFormatException e) {
      return ResponseEntity.badRequest().body(Map.of("error", "Invalid input. Try again."));
    }
    String symbol;
    long result;
    switch (op) {
      case "add" -> {
        symbol = "+";
        result = left + right;
      }
      case "sub" -> {
        symbol = "-";
        result = left - right;
      }
      case "mul" -> {
        symbol = "*";
        result = left * right;
      }
      case "div" -> {
        if (right == 0) {
          return ResponseEntity.badRequest().body(Map.of("error", "Division by zero."));
        }
        symbol = "/";
        result = left / right;
      }
      default -> {
        return ResponseEntity.badRequest().body(Map.of("error", "Invalid operator. Try again."));
      }
    }
    return ResponseEntity.ok(
        Map.of("expression", left + " " + symbol + " " + right, "result", result));
  }
}
