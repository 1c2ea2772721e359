// Command calculator is a tiny interactive calculator: it reads lines such as "2 * 100" from
// standard input and prints the result of the integer arithmetic. Type "exit" to stop. It uses
// the standard library only, so with CGO_ENABLED=0 it builds to one static binary that runs
// on an empty (scratch) image.
package main

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
	"strings"
)

func main() {
	fmt.Println("Hi there, I am a calculator app built with Go. Let's do some maths!")

	reader := bufio.NewReader(os.Stdin)

	for {
		fmt.Print("Enter any calculation (Example: 1 + 2 (or) 2 * 5 -> Please maintain spaces as shown in example): ")

		input, _ := reader.ReadString('\n')
		input = strings.TrimSpace(input)

		if input == "exit" {
			break
		}

		parts := strings.Split(input, " ")
		if len(parts) != 3 {
			fmt.Println("Invalid input. Try again.")
			continue
		}

		left, err := strconv.Atoi(parts[0])
		if err != nil {
			fmt.Println("Invalid input. Try again.")
			continue
		}

		operator := parts[1]

		right, err := strconv.Atoi(parts[2])
		if err != nil {
			fmt.Println("Invalid input. Try again.")
			continue
		}

		var result int
		switch operator {
		case "+":
			result = left + right
		case "-":
			result = left - right
		case "*":
			result = left * right
		case "/":
			// Not guarded on purpose: 7 / 0 makes the Go runtime panic.
			result = left / right
		default:
			fmt.Println("Invalid operator. Try again.")
			continue
		}

		fmt.Printf("Result: %d\n", result)
	}
}
